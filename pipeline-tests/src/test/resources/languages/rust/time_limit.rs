fn main() {
    let mut i: u64 = 0;
    loop {
        unsafe { std::ptr::write_volatile(&mut i, std::ptr::read_volatile(&i).wrapping_add(1)) };
    }
}
