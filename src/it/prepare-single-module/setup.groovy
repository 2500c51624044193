// A released 1.2.0, then a feature and a fix: prepare releases 1.3.0.
def git = evaluate(new File(basedir, '../../../src/it/lib/released-greeter.groovy'))(true)
true
