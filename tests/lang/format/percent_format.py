# printf-style % formatting.
print('%d %i %s %r' % (42, -7, 'str', 'repr'))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (3.14159, 2.5, 1.0, -1.5, 12345.678, 0.00012, 1e-5, 1e20))
print('%x %X %#x %o %#o %c %c %%' % (255, 255, 255, 8, 8, 65, 'z'))
print('[%5d] [%-5d] [%05d] [%+d] [% d] [%+.3d]' % (42, 42, 42, 42, 42, 7))
print('[%*d] [%-*d] [%.*f] [%*.*f]' % (6, 1, 6, 2, 2, 3.14159, 8, 3, 2.71828))
print('%(name)s is %(age)d, %(name)r' % {'name': 'Ann', 'age': 30})
print('%s' % (1,), '%s' % [1, 2], '%s %s' % ('a', 'b'), '%s' % ((1, 2),))
print('%s|%r|%a' % ('é', 'é', 'é'))
print('%.3s|%-6s|%6s' % ('abcdef', 'ab', 'ab'))
print('%d %d' % (3.99, -3.99), '%i' % True, '%x' % -255, '%o' % -8)
print('%g %g %g %g %g' % (100000, 1000000, 0.0001, 0.00001, 123.456789))
print('%#g %#.3g %.0f %.0e %#.0f' % (1.0, 2.0, 2.5, 12345.0, 3.0))
print('%s %s' % (None, True), '%d%%' % 50, '%c' % 0x1F600)
for fmt, args in [('%d', ('x',)), ('%d %d', (1,)), ('%d', (1, 2)), ('%z', (1,)), ('%c', ('ab',))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('no args' % (), 'x' % {})
print('%5.1f%%' % 99.44, '%-+8.2f|' % 3.14159, '%08.3f' % -3.14159)
print('%e' % 0, '%f' % 1e20, '%g' % 1e16, '%.10g' % (1 / 3))
print(b'%d %s' % (5, b'bytes'))
