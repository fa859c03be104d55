import std.stdio;

void main()
{
    ubyte[][] blocks;
    foreach (i; 0 .. 1024)
    {
        auto b = new ubyte[1 << 20];
        b[] = cast(ubyte)(i + 1);   // touch every byte
        blocks ~= b;
    }
    writeln(blocks.length);
}
