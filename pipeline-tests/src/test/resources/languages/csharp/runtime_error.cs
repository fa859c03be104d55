using System;

public class Program
{
    public static void Main(string[] args)
    {
        int zero = args.Length;
        Console.WriteLine(10 / zero); // unhandled DivideByZeroException -> exit code 1
    }
}
