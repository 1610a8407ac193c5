import os

base = 'weft_os_files_tmp'
if os.path.exists(base):
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
os.mkdir(base)
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base))
fn = os.path.join(base, 'data.txt')
with open(fn, 'w') as f:
    f.write('hello world\n')
print(os.path.exists(fn), os.path.isfile(fn), os.path.isdir(fn), os.path.getsize(fn))
st = os.stat(fn)
print(st.st_size, type(st.st_mtime).__name__, st.st_mtime > 0, st[6], len(st))
print(oct(st.st_mode & 0o170000))
print(sorted(os.listdir(base)))
os.rename(fn, os.path.join(base, 'renamed.txt'))
print(sorted(os.listdir(base)), os.path.exists(fn))
os.makedirs(os.path.join(base, 'x', 'y', 'z'))
os.makedirs(os.path.join(base, 'x', 'y'), exist_ok=True)
try:
    os.makedirs(os.path.join(base, 'x', 'y'))
except FileExistsError as e:
    print('FileExistsError', e.errno, e.strerror, e.filename)
with open(os.path.join(base, 'x', 'y', 'f.txt'), 'w') as f:
    f.write('x')
for root, dirs, files in sorted(os.walk(base)):
    print(root, sorted(dirs), sorted(files))
print([r for r, d, f in os.walk(base, topdown=False)][-1])
os.remove(os.path.join(base, 'x', 'y', 'f.txt'))
os.rmdir(os.path.join(base, 'x', 'y', 'z'))
os.rmdir(os.path.join(base, 'x', 'y'))
os.rmdir(os.path.join(base, 'x'))
os.unlink(os.path.join(base, 'renamed.txt'))
print(os.listdir(base))
os.rmdir(base)
print(os.path.exists(base))
entries = [e for e in os.scandir('.') if e.name == 'files_dirs.py']
print(len(entries), entries[0].is_file(), entries[0].is_dir())
