package dev.judge.pipeline;

/** Submission JSON for the tests, written as a producer would write it. */
final class Submissions {

    static final String APLUSB_C = "#include <stdio.h>\\nint main(void){long a,b;scanf(\\\"%ld %ld\\\",&a,&b);printf(\\\"%ld\\\\n\\\",a+b);return 0;}\\n";
    static final String APLUSB_CPP = "#include <iostream>\\nint main(){long a,b;std::cin>>a>>b;std::cout<<a+b<<std::endl;}\\n";
    static final String APLUSB_JAVA = "import java.util.*;\\npublic class Main{public static void main(String[] x){Scanner s=new Scanner(System.in);System.out.println(s.nextLong()+s.nextLong());}}\\n";
    static final String APLUSB_PY = "a, b = map(int, input().split())\\nprint(a + b)\\n";
    static final String APLUSB_JS = "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\\\s+/).map(Number);\\nconsole.log(a + b);\\n";

    private Submissions() {
    }

    /** A submission with A+B style tests: stdin "a b", expected "a+b". */
    static String aPlusB(String id, String language, String source, String limits) {
        return """
                {"id": "%s", "language": "%s", "source": "%s",
                 "tests": [{"stdin": "2 3", "expectedOutput": "5"}, {"stdin": "40 2\\n", "expectedOutput": "42\\n"},
                           {"stdin": "-7 7", "expectedOutput": "0"}],
                 "limits": %s}
                """.formatted(id, language, source, limits == null ? "null" : limits);
    }

    static String single(String id, String language, String source, String stdin, String expected, String limits) {
        return """
                {"id": "%s", "language": "%s", "source": "%s",
                 "tests": [{"stdin": "%s", "expectedOutput": %s}], "limits": %s}
                """.formatted(id, language, source, stdin, expected == null ? "null" : "\"" + expected + "\"",
                limits == null ? "null" : limits);
    }
}
