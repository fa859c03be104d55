// Trains Groovy's class-data-sharing archive (infra/scripts/languages.sh): what contest code does,
// so the classes it loads are in the archive. Reads numbers from stdin, prints results.
def reader = System.in.newReader()
def nums = []
String line
while ((line = reader.readLine()) != null) {
    nums.addAll(line.trim().split(/\s+/)*.toLong())
}
def freq = nums.countBy { it }
long acc = 0
for (int i = 0; i < nums.size(); i++) {
    acc += nums[i]
}
println "${nums.sum()} $acc ${nums.max()} ${nums.toSet().size()}"
println nums.sort(false).reverse().take(5).join(' ') + ' ' + (freq[3L] ?: 0)
println String.format('%.3f %d', acc / nums.size() as double, (long) Math.sqrt(acc))
def squares = [:]
nums.each { squares[it] = it * it }
println squares.size() + ' ' + nums.findAll { it % 2 == 0 }.collect { it + 1 }.collate(2).first()
def sb = new StringBuilder()
(1..3).each { sb << it << ',' }
println sb.toString() + ' ' + Integer.parseInt('7') + ' ' + Double.parseDouble('2.5')
