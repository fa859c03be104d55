import std.stdio;

void main()
{
    long a, b;
    readf(" %d %d", a, b);
    stderr.writeln("debug");
    writeln(a + b);
}
