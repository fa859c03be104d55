using System;

public class Program
{
    public static void Main()
    {
        ulong i = 0;
        while (true)
        {
            i++;
            if (i == 0) Console.WriteLine("wrapped");
        }
    }
}
