import std.stdio;
import helper;

void main()
{
    long a, b;
    readf(" %d %d", a, b);
    writeln(add(a, b));
}
