import std.stdio;
import core.volatile : volatileLoad, volatileStore;

void main()
{
    ulong i = 0;
    while (true)
        volatileStore(&i, volatileLoad(&i) + 1);
}
