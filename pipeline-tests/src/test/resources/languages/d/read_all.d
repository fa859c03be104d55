import std.stdio, std.conv, std.array, std.algorithm;

void main()
{
    long sum = 0;
    foreach (line; stdin.byLine)
        foreach (w; line.split)
            sum += w.to!long;
    writeln(sum);
}
