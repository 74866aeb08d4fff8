//! Arbitrary bytes decoded as the command decodes them, then through `extract`: no panic,
//! every span inside the text, on character boundaries, equal to its `text`, each kind
//! in text order. The first byte picks a document date, so that relative dates resolve.
#![no_main]

use libfuzzer_sys::fuzz_target;
use minutes::{CivilDate, Extractor};
use minutes_fuzz::decode::{decode, Encoding};

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let text = match decode(rest, Encoding::Auto, true) {
        Ok(d) => d.text.into_owned(),
        // binary data: the library must cope with it all the same
        Err(_) => String::from_utf8_lossy(rest).into_owned(),
    };
    let ex = if first & 1 == 1 {
        let date = CivilDate::new(2022, 1 + first % 12, 1 + first % 28).expect("a valid date");
        Extractor::builder().document_date(date).build()
    } else {
        Extractor::new()
    };
    let x = ex.extract(&text);
    minutes_fuzz::check(&text, &x);
});
