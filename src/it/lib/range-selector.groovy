// The selector of the range executions (Maven 3.6.3; Maven 4 on Java 25), set in pom.xml: runs an
// IT only if range.invoker.test names it (patterns as in -Dinvoker.test: *, ?, !exclusion), so
// that -Dinvoker.test=NAMES, which those executions also scan, runs there only the range ITs.
// The invoker gives a shared script no variable naming the IT: its basedir is the script's folder
// as the invoker reached it, <it folder>/NAME/../../../src/it/lib, so NAME precedes the first '..'.
List<String> parts = basedir.path.split('/') as List
int up = parts.indexOf('..')
if (up < 1) {
    throw new IllegalStateException("range-selector.groovy cannot tell the IT from ${basedir.path};"
            + ' see the comment at its top')
}
String name = parts[up - 1]
def matches = { String pattern ->
    name ==~ pattern.replaceFirst('/pom\\.xml$', '').split('\\*', -1).collect { part ->
        part.split('\\?', -1).collect { java.util.regex.Pattern.quote(it) }.join('.')
    }.join('.*')
}
def patterns = rangeInvokerTest.split(',')*.trim().findAll { it }
def includes = patterns.findAll { !it.startsWith('!') }
def excludes = patterns.findAll { it.startsWith('!') }*.substring(1)
boolean selected = includes.any(matches) && !excludes.any(matches)
if (!selected) {
    println "${name} is not in range.invoker.test: not run on this Maven"
}
return selected
