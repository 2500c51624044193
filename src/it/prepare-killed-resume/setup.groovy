// The shared setup of the killed-release ITs (src/it/lib/killed-release.groovy).
evaluate(new File(basedir, '../../../src/it/lib/killed-release.groovy'))
