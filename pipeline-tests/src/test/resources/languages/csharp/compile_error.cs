using System;

public class Program
{
    public static void Main()
    {
        int x = "not a number";
        Console.WriteLine(x + undefinedName);
    }
}
