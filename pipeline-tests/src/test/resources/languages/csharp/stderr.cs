using System;

public class Program
{
    public static void Main()
    {
        var parts = Console.ReadLine().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        long a = long.Parse(parts[0]), b = long.Parse(parts[1]);
        Console.Error.WriteLine("debug");
        Console.WriteLine(a + b);
    }
}
