"""Deny-list: frozen names from the two previous READMEs (brief_names.json)."""
import json, os, re
BRIEF_DIR = '/tmp/brief31'
FILES = ['privacy_twentyninth_README.md', 'privacy_thirtieth_README.md']
# languages a catalogue check looks for anywhere in the READMEs' text (English names)
CATALOGUE = ['Spanish','Italian','Portuguese','Polish','Czech','Slovak','Hungarian','Turkish','Vietnamese','Tagalog',
 'Hebrew','Swedish','Norwegian','Danish','Hausa','Yoruba','Zulu','Xhosa','Somali','Haitian','Azerbaijani','Serbian',
 'Esperanto','Luxembourgish','Faroese','Quechua','Guarani','Cebuano','Javanese','Sundanese','Igbo','Wolof','Latin',
 'French','English','Romansh','Friulian','Kashubian','Estonian','Creole','Mauritian','Seychellois','Louisiana',
 'Guianan','Sorbian','Frisian','Kurmanji','Kurdish','Amharic','Tigrinya','Kazakh','Uzbek','Mongolian','Macedonian',
 'Bosnian','Belarusian','Khmer','Lao','Burmese','Tibetan','Uyghur','Pashto','Sindhi','Odia','Assamese','Maori',
 'Hawaiian','Bislama','Tok Pisin','Ilocano','Hiligaynon','Waray','Kapampangan','Bikol','Tswana','Venda','Tsonga',
 'Ndebele','Fula','Lingala','Kikongo','Kongo','Sango','Tatar','Bashkir','Chuvash','Yakut','Chechen','Ossetian',
 'Abkhaz','Manx','Cornish','Scots','Occitan','Aragonese','Sicilian','Neapolitan','Venetian','Friulian','Aromanian',
 'Romani','Yiddish','Ladino','Catalan','Valencian','Galician','Basque','Asturian','Leonese','Kashmiri','Dzongkha',
 'Divehi','Turkmen','Kyrgyz','Tajik','Kirghiz','Samogitian','Latgalian','Võro','Livonian','Karelian','Veps','Udmurt',
 'Komi','Mari','Erzya','Moksha','Sakha','Buryat','Kalmyk','Inuktitut','Greenlandic','Cherokee','Navajo','Ojibwe',
 'Cree','Mohawk','Lakota','Mapudungun','Wayuu','Kichwa','Shipibo','Papiamentu','Krio','Pidgin','Tongan','Swati',
 'Sesotho','Northern Sotho','Sepedi','Kinyarwanda','Kirundi','Luganda','Chichewa','Afar','Oromo','Malagasy']

def extract():
    names = set()
    for f in FILES:
        t = open(os.path.join(BRIEF_DIR, f), encoding='utf-8').read()
        for m in re.findall(r'`([^`\n]+)`', t):
            names.add(m.strip())
        for m in re.findall(r'\b[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+\b', t):
            names.add(m)
        for code, name in re.findall(r'`([a-z_]{2,})` \(([^)]+(?:\([^)]*\))?[^)]*)\)', t):
            names.add(code); names.add(name.strip()); names.add(re.sub(r'\s*\(.*\)', '', name).strip())
        for lang in CATALOGUE:
            if re.search(r'\b' + re.escape(lang) + r'\b', t, re.I):
                names.add(lang)
        # languages named in the notes, explicitly
        for m in re.findall(r'\(([A-Z][^()]*?(?:, [A-Z][^()]*?){5,})\)', t):
            for part in re.split(r',\s*|\s*/\s*|\s+plus\s+', m):
                part = part.strip()
                if part and len(part) < 40:
                    names.add(part)
    return sorted(n for n in names if n)

def load(path):
    return json.load(open(path, encoding='utf-8'))

def widened(frozen):
    w = set()
    for n in frozen:
        w.add(n.lower())
        for p in n.split('__'):
            if p: w.add(p.lower())
    return w

def overlaps(frozen, names):
    w = widened(frozen)
    bad = []
    for n in names:
        for p in [n] + n.split('__'):
            if p and p.lower() in w:
                bad.append((n, p))
    return bad
