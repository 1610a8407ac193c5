import os

base = 'weft_os_errors_tmp'
os.mkdir(base)
missing = os.path.join(base, 'missing')
tests = [
    lambda: os.stat(missing),
    lambda: os.remove(missing),
    lambda: os.listdir(missing),
    lambda: os.rmdir(missing),
    lambda: os.mkdir(base),
    lambda: os.rename(missing, os.path.join(base, 'other')),
    lambda: os.remove(base),
    lambda: open(missing),
]
for t in tests:
    try:
        t()
        print('no error')
    except OSError as e:
        print(type(e).__name__, '|', e, '|', e.errno, e.strerror, e.filename, e.filename2)
with open(os.path.join(base, 'f'), 'w') as f:
    f.write('')
try:
    os.rmdir(base)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
try:
    os.listdir(os.path.join(base, 'f'))
except NotADirectoryError as e:
    print('NotADirectoryError', e)
try:
    os.stat(42.5)
except TypeError as e:
    print('TypeError')
os.remove(os.path.join(base, 'f'))
os.rmdir(base)
try:
    os.makedirs(base + '/a/b')
    print(os.path.isdir(base + '/a/b'))
finally:
    os.removedirs(base + '/a/b')
print(os.path.exists(base))
print(issubclass(FileNotFoundError, OSError), os.error is OSError)
