import std.stdio;

void main(string[] args)
{
    int[] a = new int[3];
    writeln(a[args.length + 5]); // RangeError (bounds checks are on without -release) -> exit 1
}
