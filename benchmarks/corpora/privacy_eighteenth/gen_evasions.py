"""Evasions: 33 encodings x 3 records. plain = self-identifying prefixed token from a separate stream."""
import random
from common import S, rs, rhex, github_token, ALNUM, B64URL
from gen_encodings import ENC

SEED = 18005

# token makers: (type, fn, charset-class) ; class 'lower' = [a-z0-9_-.] only
TOKENS = [
    ("github_classic_pat", lambda r: github_token(r, "ghp_"), "mixed"),
    ("gitlab_personal_access_token", lambda r: "glpat-" + rs(r, ALNUM, 20), "mixed"),
    ("npm_access_token", lambda r: github_token(r, "npm_"), "mixed"),
    ("slack_bot_token", lambda r: "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), rs(r, ALNUM, 24)), "mixed"),
    ("stripe_live_secret_key", lambda r: "sk_live_51" + rs(r, ALNUM, 40), "mixed"),
    ("huggingface_access_token", lambda r: "hf_" + rs(r, ALNUM, 34), "mixed"),
    ("nvidia_nim_api_key", lambda r: "nvapi-" + rs(r, ALNUM, 64), "mixed"),
    ("llamacloud_api_key", lambda r: "llx-" + rs(r, ALNUM, 48), "mixed"),
    ("render_api_key", lambda r: "rnd_" + rs(r, ALNUM, 28), "mixed"),
    ("deno_deploy_access_token", lambda r: "ddp_" + rs(r, ALNUM, 36), "mixed"),
    ("digitalocean_personal_access_token", lambda r: "dop_v1_" + rhex(r, 64), "lower"),
    ("rootly_api_key", lambda r: "rootly_" + rhex(r, 64), "lower"),
    ("sonarqube_user_token", lambda r: "squ_" + rhex(r, 40), "lower"),
    ("shippo_live_api_token", lambda r: "shippo_live_" + rhex(r, 40), "lower"),
    ("promptlayer_api_key", lambda r: "pl_" + rhex(r, 32), "lower"),
    ("sentry_user_auth_token", lambda r: "sntryu_" + rhex(r, 64), "lower"),
]
LOWER_ONLY = {"upside_down_flipped"}
LEN4 = {"z85_zeromq"}
SHORTISH = {"nato_phonetic_spelled", "python_named_unicode_escape", "vertical_char_per_line", "zero_width_binary",
            "binary_octets_spaced", "od_octal_byte_dump", "css_hex_escape"}

# container kind + 3 (pre, post) variants; {svc} = service label
CTX = {
    "rot47_printable": ("ctf_writeup_rot47_flag_note", [
        ("Forum post: the bot config had the key ROT47'd, lol. Decode with any rot47 tool: ", "\n"),
        ("# key stored rot47 so grep won't find it\nKEY_R47='", "'\n"),
        ("slack> here's the token (rot47, paste into cyberchef): ", "\n")]),
    "atbash_letters": ("puzzle_hunt_atbash_clue_card", [
        ("Clue #4 (Atbash, letters only): ", "\n"),
        ("token (atbash'd, reverse the alphabet to read it): ", "\n"),
        ("// obfuscated with atbash so scanners skip it\nconst T = \"", "\";\n")]),
    "beaufort_cipher_keyed": ("ham_club_beaufort_note", [
        ("Beaufort cipher, key word {key}: ", "\n"),
        ("Per our usual scheme (Beaufort, key \"{key}\") the {svc} token is ", ".\n"),
        ("notes.txt: beaufort({key}) -> ", "\n")]),
    "rail_fence_keyed": ("escape_room_rail_fence_card", [
        ("Rail fence with {key} rails: ", "\n"),
        ("read it zig-zag over {key} rails: ", "\n"),
        ("# {svc} token, rail-fence {key}\nRF='", "'\n")]),
    "repeating_key_xor_hex": ("malware_cfg_repeating_xor_blob", [
        ("cfg blob (xor with key \"{key}\", hex): ", "\n"),
        ("[config]\n; value = hex(token XOR repeat(\"{key}\"))\nblob = ", "\n"),
        ("decoded later via xor_decode(bytes.fromhex(s), b\"{key}\"): s = \"", "\"\n")]),
    "one_time_pad_stated_hex": ("handover_doc_otp_pair", [
        ("ciphertext: ", "\npad: {key}\n(xor them to get the {svc} key)\n"),
        ("Two halves, XOR together. A=", " B={key}\n"),
        ("enc=", "  otp={key}  # xor(enc, otp) = token\n")]),
    "byte_offset_add_hex": ("firmware_string_table_shifted", [
        ("strings are stored +{key} per byte (hex): ", "\n"),
        ("unpack: subtract {key} from each byte -> ", "\n"),
        ("TOKEN_SHIFTED = bytes.fromhex(\"", "\")  # each byte + {key}\n")]),
    "ones_complement_hex": ("embedded_c_inverted_bytes_note", [
        ("/* stored inverted (~b), hex */ static const char *k = \"", "\";\n"),
        ("bitwise NOT of every byte, hex: ", "\n"),
        ("inv = ", "  # xor 0xff to recover\n")]),
    "base32_crockford": ("ulid_style_crockford_blob_note", [
        ("encoded with Crockford base32: ", "\n"),
        ("CROCKFORD32_TOKEN=", "\n"),
        ("the key in crockford b32 (no padding): ", "\n")]),
    "z85_zeromq": ("zeromq_curve_style_z85_config", [
        ("# Z85 (ZeroMQ base85) encoded\nsecret_z85 = \"", "\"\n"),
        ("z85 encoded token: ", "\n"),
        ("zmq.utils.z85.decode(b\"", "\")\n")]),
    "base64_custom_alphabet": ("stealer_log_custom_b64_alphabet", [
        ("base64 with custom alphabet {key}\ndata: ", "\n"),
        ("ALPHABET = \"{key}\"\nPAYLOAD = \"", "\"\n"),
        ("custom-b64[{key}]: ", "\n")]),
    "lzma_xz_base64": ("python_lzma_decompress_oneliner", [
        ("python3 -c 'import lzma,base64;print(lzma.decompress(base64.b64decode(\"", "\")).decode())'\n"),
        ("xz + base64: ", "\n"),
        ("echo ", " | base64 -d | xz -d\n")]),
    "braille_unicode_bytes": ("chat_braille_pattern_paste", [
        ("every byte as a braille cell (U+2800+byte): ", "\n"),
        ("lol i encoded the {svc} key in braille: ", "\n"),
        ("status: ", "  (braille bytes)\n")]),
    "unicode_tag_smuggling": ("prompt_with_tag_char_payload", [
        ("Please summarise this ticket.", " (hidden Unicode tag characters above carry the {svc} token)\n"),
        ("Title: Weekly sync", "\n<!-- ascii smuggled via U+E00xx tag chars -->\n"),
        ("ok👍", "\n(sent the key as invisible tag characters)\n")]),
    "zero_width_binary": ("zero_width_stego_message", [
        ("see you tomorrow", "\n(zero-width: U+200B = 0, U+200C = 1, 8 bits per byte)\n"),
        ("Meeting notes ", " end.\n[stego: ZWSP/ZWNJ bits]\n"),
        ("thanks!", "\n")]),
    "enclosed_circled_alphanumerics": ("social_bio_circled_letters", [
        ("my {svc} key lol: ", "\n"),
        ("bio: ", " ✨\n"),
        ("token (circled so the bot doesn't eat it): ", "\n")]),
    "upside_down_flipped": ("chat_upside_down_text_paste", [
        ("flip your phone: ", "\n"),
        ("(upside-down text) ", "\n"),
        ("token ↓ read it upside down\n", "\n")]),
    "nato_phonetic_spelled": ("support_call_transcript_nato", [
        ("Agent: Could you read the key? Caller: sure, ", ". (upper-case words are capitals)\n"),
        ("Spelled out, capitals in CAPS: ", "\n"),
        ("voicemail transcript: the {svc} token is ", "\n")]),
    "dvorak_layout_mistyped": ("chat_wrong_keyboard_layout_paste", [
        ("sorry my layout was switched to qwerty while typing in dvorak, the key was: ", "\n"),
        ("(typed on dvorak positions with qwerty active) ", "\n"),
        ("ugh wrong layout again: ", " -- it's the {svc} token, map dvorak->qwerty back\n")]),
    "css_hex_escape": ("css_content_property_escape", [
        (".k::after { content: \"", "\"; }\n"),
        ("/* token in CSS escapes */\n:root { --t: \"", "\"; }\n"),
        ("content: '", "';\n")]),
    "python_named_unicode_escape": ("python_named_escape_literal", [
        ("TOKEN = \"", "\"\n"),
        ("print(\"", "\")\n"),
        ("key = '", "'  # named escapes, scanner-proof\n")]),
    "cloudflare_cfemail_xor": ("scraped_page_cfemail_attribute", [
        ("<a href=\"/cdn-cgi/l/email-protection\" class=\"__cf_email__\" data-cfemail=\"", "\">[email&#160;protected]</a>\n"),
        ("data-cfemail=\"", "\"  <- that's the {svc} key, first byte is the xor key\n"),
        ("<span class=\"__cf_email__\" data-cfemail=\"", "\"></span>\n")]),
    "vertical_char_per_line": ("chat_one_char_per_message_burst", [
        ("[10:02] sending the key one char per line so it doesn't get flagged\n", "\n[10:03] done\n"),
        ("```\n", "\n```\n(read top to bottom)\n"),
        ("token:\n", "\n")]),
    "every_second_char_noise": ("chat_every_other_char_hint", [
        ("read every 2nd char starting from the first: ", "\n"),
        ("(odd positions only) ", "\n"),
        ("noise-padded {svc} token, take chars 1,3,5,...: ", "\n")]),
    "od_octal_byte_dump": ("terminal_od_b_octal_dump", [
        ("$ od -An -b token.txt\n", "\n"),
        ("$ printf %s \"$TOKEN\" | od -An -b\n", "\n"),
        ("octal bytes:\n", "\n")]),
    "binary_octets_spaced": ("chat_binary_octets_message", [
        ("here you go nerd: ", "\n"),
        ("key in binary: ", "\n"),
        ("01100010 is b, you figure out the rest:\n", "\n")]),
    "percent_encoded_twice": ("proxy_log_double_urlencoded_param", [
        ("GET /cb?state=x&token=", " HTTP/1.1\n"),
        ("redirect_uri=https%3A%2F%2Fapp.example%2Fcb&tok=", "\n"),
        ("access.log: \"GET /hook?k=", "\" 302\n")]),
    "data_uri_base64": ("html_data_uri_text_payload", [
        ("<a download=\"key.txt\" href=\"", "\">key</a>\n"),
        ("fetch(\"", "\").then(r => r.text())\n"),
        ("open this in the browser: ", "\n")]),
    "uint32_le_word_array": ("js_uint32array_word_blob", [
        ("const w = new Uint32Array(", "); // little-endian words, trailing NULs\n"),
        ("words(le) = ", "\n"),
        ("DWORD key[] = ", ";\n")]),
    "rot13_base64_chain": ("shell_base64_rot13_pipe", [
        ("echo ", " | base64 -d | tr 'A-Za-z' 'N-ZA-Mn-za-m'\n"),
        ("rot13 then base64: ", "\n"),
        ("KEY_ENC=", "  # b64(rot13(key))\n")]),
    "pairwise_swapped": ("chat_pair_swapped_token", [
        ("swap each pair of chars: ", "\n"),
        ("(pairs swapped) ", "\n"),
        ("key with every 2 chars flipped: ", "\n")]),
    "ipv6_address_packing": ("loader_ipv6_address_array", [
        ("char *addrs[] = {\n    ", "\n};  // RtlIpv6StringToAddressA each, concat, strip NUL\n"),
        ("hosts = [\n    ", "\n]  # token packed into ipv6 addrs\n"),
        ("AAAA records:\n    ", "\n")]),
    "sms_gsm7_packed_hex": ("sms_pdu_user_data_hex", [
        ("TP-UDL+UD (GSM 7-bit packed): ", "\n"),
        ("AT+CMGR=3\n+CMGR: 1,,40\nUD=", "\nOK\n"),
        ("pdu user data (first octet = septet count): ", "\n")]),
}


def _token(rng, enc, used):
    while True:
        t, f, cls = rng.choice(TOKENS)
        if enc in LOWER_ONLY and cls != "lower":
            continue
        v = f(rng)
        if enc in SHORTISH and len(v) > 44:
            continue
        if enc in LEN4 and len(v) % 4:
            continue
        if v in used:
            continue
        return t, v


def _key(rng, enc, plain):
    if enc == "beaufort_cipher_keyed":
        return rng.choice(["LANTERN", "GRANITE", "ORCHID", "WALNUT", "FALCON", "MEADOW"])
    if enc == "rail_fence_keyed":
        return str(rng.randrange(3, 6))
    if enc == "repeating_key_xor_hex":
        return rs(rng, "abcdefghijklmnopqrstuvwxyz", rng.randrange(4, 9))
    if enc == "one_time_pad_stated_hex":
        return bytes(rng.getrandbits(8) for _ in range(len(plain.encode()))).hex()
    if enc == "byte_offset_add_hex":
        return str(rng.randrange(3, 120))
    if enc == "base64_custom_alphabet":
        a = list("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        rng.shuffle(a)
        return "".join(a)
    if enc == "cloudflare_cfemail_xor":
        return str(rng.randrange(16, 255))
    if enc == "every_second_char_noise":
        return rs(rng, ALNUM, len(plain))
    return None


def generate(positive_values):
    rng = random.Random(SEED)
    recs = []
    used = set(positive_values)
    for enc in sorted(ENC):
        fn, keyed = ENC[enc]
        kind, variants = CTX[enc]
        for i in range(3):
            t, plain = _token(rng, enc, used)
            used.add(plain)
            key = _key(rng, enc, plain)
            val = fn(plain, key)
            svc = t.replace("_", " ")
            for suf in (" personal access token", " access token", " api token", " user auth token", " api key", " bot token", " token"):
                if svc.endswith(suf):
                    svc = svc[: -len(suf)]
                    break
            pre, post = variants[i]
            pre = pre.replace("{svc}", svc).replace("{key}", key or "")
            post = post.replace("{svc}", svc).replace("{key}", key or "")
            sv = S(val, t, plain)
            recs.append(dict(kind=kind, enc=enc, key=key if keyed else None, parts=[pre, sv, post],
                             source="evasion %s of a %s" % (enc, t)))
    return recs
