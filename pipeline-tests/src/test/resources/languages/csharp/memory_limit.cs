using System;
using System.Collections.Generic;

public class Program
{
    public static void Main()
    {
        var blocks = new List<byte[]>();
        for (int i = 0; i < 1024; i++)
        {
            var b = new byte[1 << 20];
            for (int j = 0; j < b.Length; j += 4096) b[j] = (byte)(i + 1);   // touch every page
            blocks.Add(b);
        }
        Console.WriteLine(blocks.Count);
    }
}
