# regen_quote_cues.py [WORDS.txt]: sorts quote_cues.c's word table, merges in 'word FLAG | FLAG' lines from WORDS.txt, and rebuilds the hash slot table the lookup uses.
import os, re, sys
p = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'quote_cues.c')
s = open(p).read()
start = s.index('static const struct quote_cue_word quote_cue_words[] = {\n') + len('static const struct quote_cue_word quote_cue_words[] = {\n')
end = s.index('};\n', start)
lines = [l for l in s[start:end].split('\n') if l.strip()]
ents = {}
for l in lines:
    m = re.match(r'\t\{ "([^"]*)", (.*) \},$', l)
    assert m, l
    ents[m.group(1)] = m.group(2)
if len(sys.argv) > 1:
    for l in open(sys.argv[1]):
        l = l.strip()
        if not l: continue
        w, fl = l.split(None, 1)
        if w in ents and ents[w] != fl:
            old = set(x.strip() for x in ents[w].split('|'))
            new = old | set(x.strip() for x in fl.split('|'))
            fl = ' | '.join(sorted(new, key=lambda x: ['QC_SAY','QC_TELL','QC_DESCRIBE','QC_SAYING','QC_ROLE','QC_ROLEMOD','QC_ORG','QC_NPMOD','QC_PARTICLE','QC_HONOR','QC_MALE','QC_FEMALE','QC_PRONOUN','QC_PLURAL','QC_AUX','QC_DET','QC_STOP','QC_ABBR','QC_GIVEN','QC_INDEF','QC_ELISION','QC_VERB','QC_PREP','QC_NATION','QC_DOC','QC_TIME','QC_PERSON'].index(x)))
        ents[w] = fl
words = sorted(ents, key=lambda w: w.encode())
body = ''.join('\t{ "%s", %s },\n' % (w, ents[w]) for w in words)
s = s[:start] + body + s[end:]
NS = 8192
def h(w):
    x = 2166136261
    for b in w.encode():
        x = ((x ^ b) * 16777619) & 0xffffffff
    return x
slots = [0]*NS
for i, w in enumerate(words):
    j = h(w) & (NS-1)
    while slots[j]: j = (j+1) & (NS-1)
    slots[j] = i+1
a = s.index('static const uint16_t quote_cue_slots[QUOTE_CUE_NSLOTS] = {\n') + len('static const uint16_t quote_cue_slots[QUOTE_CUE_NSLOTS] = {\n')
b = s.index('};\n', a)
rows = ''.join('\t' + ', '.join(str(x) for x in slots[k:k+16]) + ',\n' for k in range(0, NS, 16))
s = s[:a] + rows + s[b:]
m = max(len(w.encode()) for w in words)
s = re.sub(r'#define QUOTE_CUE_MAXLEN \d+', '#define QUOTE_CUE_MAXLEN %d' % max(m, 24), s)
open(p, 'w').write(s)
print(len(words), 'words, maxlen', m)
