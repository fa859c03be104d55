int main(int argc, char **argv) { return missing_function(argv); }
