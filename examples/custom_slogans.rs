//! Adding slogan catalogue rows at run time: a formulation the built-in catalogue does not
//! know gets its id in both languages.
//!
//! ```sh
//! cargo run --example custom_slogans
//! ```

fn main() -> Result<(), minutes::Error> {
    // the format of data/slogans.tsv: id, kind, number, Chinese forms, English forms
    let rows = "id\tkind\tnumber\tzh\ten\n\
                three-new-engines\tnumbered\t3\t三新引擎\tthree new engines\n";
    let ex = minutes::Extractor::builder()
        .slogans_tsv(rows, "my-slogans.tsv")?
        .build();
    for text in [
        "The meeting called for building the “three new engines” of growth.",
        "会议要求加快打造三新引擎。",
    ] {
        let out = ex.extract(text);
        for s in &out.slogans {
            println!("{:<24} {:?} {}", s.text, s.id, text);
        }
    }
    // a bad row is an error that names the file, the line and what is wrong
    let bad = "id\tkind\tnumber\tzh\ten\nbroken-row\n";
    match minutes::Extractor::builder().slogans_tsv(bad, "bad.tsv") {
        Err(e) => println!("error: {e}"),
        Ok(_) => println!("the bad row was accepted"),
    }
    Ok(())
}
