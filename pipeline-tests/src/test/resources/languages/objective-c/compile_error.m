#import <Foundation/Foundation.h>

int main(void)
{
    NSString *s = @"unterminated;
    int x = undefinedName;
    return x
}
