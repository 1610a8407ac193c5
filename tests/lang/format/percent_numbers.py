# %-formatting of numbers: flags, widths, precisions, conversions.
def fmt_or_err(fmt, v):
    try:
        return fmt % v
    except (OverflowError, ValueError, TypeError) as e:
        return type(e).__name__


ints = [0, 7, -7, 255, -255, 2 ** 64, -(2 ** 70), True, False]
for fmt in ['%d', '%i', '%u', '%5d|', '%-5d|', '%05d', '%+d', '% d', '%+05d', '%.3d', '%8.3d|', '%-+8.3d|', '%x', '%#x',
            '%X', '%#X', '%#08x', '%o', '%#o', '%#.4o', '%c']:
    print(repr(fmt), [fmt_or_err(fmt, v) for v in ints])
floats = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e100, 1.5e-7, 123456789.123, float('inf'), float('-inf'), float('nan'), 42]
for fmt in ['%f', '%.2f', '%10.3f|', '%-10.1f|', '%+f', '% f', '%010.2f', '%.0f', '%#.0f', '%e', '%.3e', '%E', '%12.2e|',
            '%g', '%.3g', '%#g', '%G', '%.10g', '%F', '%08.3F', '%-+9.2e|', '%d', '%x']:
    print(repr(fmt), [fmt_or_err(fmt, v) for v in floats])
print('%*d|%-*d|%*.*f|%.*s|' % (5, 1, 4, 2, 8, 3, 3.14159, 2, 'abcdef'), '%*d|' % (-6, 42), '%.*f' % (-1, 2.5))
print('%c%c%c' % (72, 'i', 0x1F600), '%5c|%-5c|' % ('é', 97), '%s %r %a' % ('é', 'é', 'é'), '%.1s|%5.2r|' % ('xyz', 'xyz'))
print('%s|%10s|%-10s|%.3s' % ('中文字符', '中文', '中文', '中文字符'), '%%|%5s%%' % 'x', '%d%%' % 50)
print('%ld %hd %Li' % (1, 2, 3), '%s' % 10 ** 30, '%d' % 3.99, '%d' % -3.99, '%i' % 2.0, '%x' % True)
