using System;
using System.IO;

public class Program
{
    public static void Main()
    {
        string all = Console.In.ReadToEnd();
        long sum = 0;
        foreach (var w in all.Split(new[] { ' ', '\n', '\r', '\t' }, StringSplitOptions.RemoveEmptyEntries))
            sum += long.Parse(w);
        Console.WriteLine(sum);
    }
}
