# Digits and numerals: isdecimal/isdigit/isnumeric, and int()/float() of them.
samples = ['0123456789', '٠١٢٣٤٥٦٧٨٩', '۰۱۲', '०१२', '০১২', '௧௨', '๑๒', '０１２', '𝟎𝟏𝟐', '²³', '①②', '½¾', 'ⅠⅡⅢ', '〇一二',
           '፲', '⁰', '₀', '𐄇', '🄁']
for s in samples:
    print(s, s.isdecimal(), s.isdigit(), s.isnumeric(), s.isalnum(), s.isalpha())
for s in ['٤٢', '０１２', '१२३', '𝟗𝟗']:
    print(s, int(s), float(s))
print('{٠}-{١}'.format('a', 'b'), '%s' % '٣', format(7, '>٣'), '{:٣}|'.format('x'))
