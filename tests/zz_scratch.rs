// Scratch: compares syntax errors with python3's (delete before committing).
use weft::compile::compile_module;

fn unhex(s: &str) -> String {
    let b: Vec<u8> = (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap()).collect();
    String::from_utf8(b).unwrap()
}

#[test]
#[ignore]
fn scratch() {
    let text = std::fs::read_to_string("/tmp/synerr/cases.tsv").unwrap();
    let (mut ok, mut bad) = (0, 0);
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        let src = unhex(f[0]);
        let want = f[1];
        let got = match compile_module(&src, "t.py") {
            Ok(_) => ("OK".to_string(), 0, 0),
            Err(e) => (e.to_string(), e.line, e.column),
        };
        let want_pos = (f[2].parse::<u32>().unwrap(), f[3].parse::<u32>().unwrap());
        if got.0 == want && (want == "OK" || (got.1, got.2) == want_pos) {
            ok += 1;
            continue;
        }
        bad += 1;
        let raw = ruff_python_parser::parse_module(&src).err().map(|e| format!("{:?}", e));
        println!("SRC {:?}\n  want {} @{:?}\n  got  {} @{:?}\n  raw  {:?}", src, want, want_pos, got.0, (got.1, got.2), raw);
    }
    println!("ok {ok} bad {bad}");
}
