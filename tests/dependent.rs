//! A new Rust project that adds `minutes` as a path dependency builds, and its `main` —
//! the README's library example on the seed report — prints the officials with their
//! titles.

use std::fs;
use std::path::PathBuf;
use std::process::Command;

#[test]
fn a_dependent_crate_builds_and_prints_the_seed_officials() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("minutes-dependent-{}", std::process::id()));
    fs::create_dir_all(dir.join("src")).unwrap();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"uses-minutes\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nminutes = {{ path = {:?} }}\n\n[workspace]\n",
            root.display().to_string()
        ),
    )
    .unwrap();
    fs::write(
        dir.join("src/main.rs"),
        r#"fn main() {
    let path = std::env::args().nth(1).expect("a report");
    let text = std::fs::read_to_string(path).expect("readable");
    let out = minutes::Extractor::new().extract(&text);
    for o in &out.officials {
        println!("{} — {}", o.name, o.titles.join("; "));
    }
}
"#,
    )
    .unwrap();
    // our own target directory: the dependencies are built already
    let target = root.join("target");
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .arg("--")
        .arg(root.join("fixtures/en/seed.txt"))
        .env("CARGO_TARGET_DIR", &target)
        .output()
        .expect("cargo runs");
    let _ = fs::remove_dir_all(&dir);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the dependent crate failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains(
            "Shi Baozhen — Secretary of the District Political Consultative Conference Party Group"
        ),
        "the seed's officials are not printed:\n{stdout}"
    );
}
