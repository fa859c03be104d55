fn main() { loop {} }
