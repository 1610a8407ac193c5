import os
import os.path
from os import path as p

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.pathsep)
print(os.path is p, p.__name__)
for x in ['a/b/c.txt', '/', '', 'a', '.bashrc', 'a/.b.c', '..x', 'a.', '/a/b/', '//a//b', 'a//b/',
          'archive.tar.gz', '/usr/local/', 'dir.d/file', '...', 'a/b/..', './x']:
    print(repr(x), p.split(x), p.splitext(x), repr(p.basename(x)), repr(p.dirname(x)),
          p.normpath(x), p.isabs(x))
print(p.join('a', 'b', 'c'), p.join('a/', 'b'), p.join('a', '/abs', 'c'), p.join('', 'x'), p.join('a', ''))
print(p.join('/'), p.join('a'), p.join('a', 'b/', 'c'))
for x in ['/a/./b/../c', 'a/../..', '../a/b', '///a', '//a', 'a/./', '/..', '/../x', '.', '..', 'a/b/../../..']:
    print(repr(x), p.normpath(x))
print(p.commonprefix(['interspecies', 'interstellar', 'interstate']), repr(p.commonprefix([])))
print(p.commonpath(['/usr/lib', '/usr/local/lib']), p.commonpath(['a/b', 'a/c']))
try:
    p.commonpath(['/a', 'b'])
except ValueError as e:
    print('ValueError:', e)
print(p.relpath('a/b/c', 'a'), p.relpath('a', 'a/b/c'), p.relpath('x/y', 'x/y'), p.relpath('/a/b', '/c/d'))
try:
    p.relpath('')
except ValueError as e:
    print('ValueError:', e)
os.environ['HOME'] = '/home/tester'
print(p.expanduser('~'), p.expanduser('~/docs'), p.expanduser('x/~'), p.expanduser('~other/x'))
print(p.isabs(p.abspath('rel')), p.abspath('rel').endswith('/rel'), p.abspath('/x/../y'))
try:
    p.join('a', 5)
except TypeError as e:
    print('TypeError:', e)


class P:
    def __fspath__(self):
        return 'from/fspath'


print(os.fspath(P()), os.fspath('s'), os.fspath(b'b'), p.join(P(), 'x'), p.basename(P()))
try:
    os.fspath(3)
except TypeError as e:
    print('TypeError:', e)
