using System;

public class Program
{
    public static void Main()
    {
        var parts = Console.ReadLine().Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        Console.WriteLine(Helper.Add(long.Parse(parts[0]), long.Parse(parts[1])));
    }
}
