fn main() {
    let mut blocks: Vec<Vec<u8>> = Vec::new();
    for i in 0..1024 {
        blocks.push(vec![(i % 251 + 1) as u8; 1 << 20]); // non-zero fill: every page is written
    }
    println!("{}", blocks.len());
}
