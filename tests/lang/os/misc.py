import os

print(isinstance(os.getpid(), int), os.getpid() > 0)
n = os.cpu_count()
print(n is None or n >= 1)
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)))
try:
    os.urandom(-1)
except ValueError as e:
    print('ValueError:', e)
cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.isdir(cwd), os.path.basename(cwd))
os.mkdir('weft_misc_tmp')
os.chdir('weft_misc_tmp')
print(os.path.basename(os.getcwd()), os.listdir())
os.chdir('..')
os.rmdir('weft_misc_tmp')
print(os.getcwd() == cwd)


class MyPath(os.PathLike):
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


mp = MyPath('weft_misc_tmp2')
os.mkdir(mp)
print(os.path.exists(mp), os.path.isdir(MyPath('weft_misc_tmp2')), os.fspath(mp))
with open(os.path.join(mp, 'f.txt'), 'w') as f:
    f.write('abc')
print(os.listdir(mp), os.stat(os.path.join(mp, 'f.txt')).st_size)
os.remove(os.path.join(mp, 'f.txt'))
os.rmdir(mp)
print(os.path.exists(mp))
print(os.path.splitext(MyPath('x/y.tar.gz')))


class Plain:
    def __fspath__(self):
        return 'plain'


print(isinstance(Plain(), os.PathLike), isinstance('str', os.PathLike), isinstance(mp, os.PathLike))
print(issubclass(Plain, os.PathLike), issubclass(int, os.PathLike), issubclass(MyPath, os.PathLike))
print(isinstance(Plain(), MyPath), issubclass(MyPath, MyPath))
