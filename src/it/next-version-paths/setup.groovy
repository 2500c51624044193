// Two packages with tags of their own; only packages/web's commits count for web.
def git = evaluate(new File(basedir, '../../../src/it/lib/git.groovy'))(basedir)
def change = git.commitFile
git.init()
change('packages/web/web.txt', 'feat: web')
change('packages/api/api.txt', 'feat: api')
git.tag('web-v1.4.0')
git.tag('api-v0.9.0')
change('packages/api/index.js', 'feat!: api breaks')
change('packages/web/index.js', 'fix(web): a typo')
change('README.md', 'feat: repository-wide')
true
