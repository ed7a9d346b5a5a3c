"""Shared helpers for corpus p87 (standard library only)."""
import string, zlib, hashlib

M = "\ue000"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase

WORDS = ["dotfiles", "zshrc", "tmux", "keyring", "pinentry", "chezmoi", "homebrew", "dconf", "systemd",
         "launchd", "crontab", "neovim", "kitty", "wezterm", "alacritty", "starship", "fzf", "ripgrep",
         "yadm", "stow", "xinitrc", "sway", "hyprland", "polybar", "waybar", "picom", "rofi", "dunst",
         "fontconfig", "direnv", "asdf", "pyenv", "gnupg", "keychain", "spotlight", "dmenu", "bspwm",
         "zathura", "ranger", "lazygit", "atuin", "zoxide", "weechat", "neomutt", "aerc", "irssi",
         "vorta", "timeshift", "syncthing", "flatpak", "pacman", "aurhelper", "xrandr", "autorandr"]

def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))

def owner_password(rng):
    w = rng.choice(WORDS)
    if rng.random() < 0.4:
        w = w.capitalize()
    return w + rng.choice("-_.") + rs(rng, LOWER_ALNUM, rng.randint(4, 7)) + rs(rng, string.digits, 2)

def b62_int(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")

def crc32_b62(body):
    return b62_int(zlib.crc32(body.encode()) & 0xffffffff, 6)

def github_style(rng, prefix):
    body = rs(rng, ALNUM, 30)
    return prefix + body + crc32_b62(body)

# bech32 (BIP-173) for age and nostr keys
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk
def bech32_encode(hrp, data_bytes):
    acc = 0; bits = 0; data = []
    for b in data_bytes:
        acc = (acc << 8) | b; bits += 8
        while bits >= 5:
            bits -= 5; data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)
def bech32_verify(s):
    hrp, _, rest = s.lower().rpartition("1")
    data = [BECH.index(c) for c in rest]
    hx = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    return _polymod(hx + data) == 1

def b64(rng, nbytes, url=False, pad=True):
    import base64
    raw = bytes(rng.randrange(256) for _ in range(nbytes))
    s = (base64.urlsafe_b64encode if url else base64.b64encode)(raw).decode()
    return s if pad else s.rstrip("=")

def b64json(obj):
    import base64, json
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

def uuid4(rng):
    h = rs(rng, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

def place(template, value):
    """template contains M exactly once; returns text, start, end."""
    assert template.count(M) == 1, template
    i = template.index(M)
    return template.replace(M, value), i, i + len(value)

USERS = ["mira", "tobias", "jun", "alex", "noor", "pavel", "ines", "kofi", "linh", "sasha", "ravi", "elena"]
HOSTS = ["imap.mailbox.example.org", "smtp.mailbox.example.org", "nas.home.example.net", "irc.chat.example.net",
         "matrix.example.org", "git.example.net", "dav.example.com", "vpn.example.net"]
