"""Hard negatives of the tabletop / LAN world: 20 classes x 2 base kinds x 5 presentations."""
import base64
import hashlib
import hmac
import json
import random
import struct

from common201 import (ALNUM, B64STD, B64URL, DIGITS, HEXL, HEXU, LALNUM, UALNUM, UPPER, b64, b64url_nopad,
                       bech32_encode, damm_digit, ean13_digit, luhn_digit, rbytes, rstr, uuid4, verhoeff_digit)

SEED = 20106
NAMES = ["Aisha", "Bram", "Carys", "Dev", "Elif", "Finn", "Gosia", "Hamid", "Ines", "Jonno"]
CARDS = ["Lightning Bolt", "Counterspell", "Sol Ring", "Llanowar Elves", "Opt", "Thoughtseize", "Fatal Push",
         "Charizard ex", "Pikachu V", "Blue-Eyes White Dragon", "Ash Blossom", "Swords to Plowshares"]
GAMES = ["Wingspan", "Azul", "Catan", "Carcassonne", "Pandemic", "Gloomhaven", "Dominion", "Cascadia", "Root",
         "Everdell", "Ticket to Ride", "Terraforming Mars"]
SETS = ["MKM", "OTJ", "BLB", "DSK", "FDN", "DFT", "TDM", "LCI"]


def ean13(rng, prefix):
    body = prefix + rstr(rng, DIGITS, 12 - len(prefix))
    return body + ean13_digit(body)


def luhn_num(rng, prefix, length):
    body = prefix + rstr(rng, DIGITS, length - 1 - len(prefix))
    return body + luhn_digit(body)


# ------------------------------------------------------------------ base kinds
def k_singles_inventory_csv(rng):
    rows = ["sku,set,collector_no,name,condition,qty,price_gbp"]
    for _ in range(4):
        s = rng.choice(SETS)
        rows.append("%s-%03d-%s,%s,%d,%s,%s,%d,%.2f" % (s, rng.randint(1, 290), rng.choice(["NM", "LP"]), s,
                    rng.randint(1, 290), rng.choice(CARDS), rng.choice(["NM", "LP", "MP"]), rng.randint(0, 12), rng.random() * 40))
    return "\n".join(rows) + "\n"


def k_scryfall_card_lookup_json(rng):
    d = {"object": "card", "id": uuid4(rng), "oracle_id": uuid4(rng), "tcgplayer_id": rng.randint(100000, 599999),
         "cardmarket_id": rng.randint(100000, 799999), "name": rng.choice(CARDS), "set": rng.choice(SETS).lower(),
         "collector_number": str(rng.randint(1, 300)), "prices": {"eur": "%.2f" % (rng.random() * 20)}}
    return json.dumps(d, indent=2) + "\n"


def k_grading_submission_form_txt(rng):
    lines = ["Grading submission #%d - %d cards" % (rng.randint(10000, 99999), 3)]
    for _ in range(3):
        lines.append("%-22s cert %s  grade %s" % (rng.choice(CARDS), rstr(rng, "123456789", 1) + rstr(rng, DIGITS, 7), rng.choice(["9", "10", "8.5"])))
    return "\n".join(lines) + "\n"


def k_slab_label_scan_ocr(rng):
    return "OCR> %s %s\nOCR> #%d HOLO\nOCR> CERT 00%s  GEM MT 10\n" % (rng.choice(["2023", "2024"]), rng.choice(CARDS).upper(),
                                                                 rng.randint(1, 200), rstr(rng, DIGITS, 8))


def k_game_library_catalogue_csv(rng):
    rows = ["shelf,title,ean13,players,minutes"]
    for _ in range(4):
        rows.append("%s%d,%s,%s,%d-%d,%d" % (rng.choice("ABCD"), rng.randint(1, 12), rng.choice(GAMES), ean13(rng, rng.choice(["40", "50", "84", "76"])),
                                           rng.randint(1, 2), rng.randint(4, 6), rng.choice([30, 45, 60, 90])))
    return "\n".join(rows) + "\n"


def k_supplier_invoice_lines_txt(rng):
    lines = ["INVOICE %s-%d" % (rstr(rng, UPPER, 3), rng.randint(10000, 99999))]
    for _ in range(3):
        lines.append("%s  %-20s x%d  EAN %s" % (rstr(rng, UALNUM, 8), rng.choice(GAMES), rng.randint(1, 6), ean13(rng, "50")))
    lines.append("Rulebook reprint ISBN %s" % ean13(rng, "978"))
    return "\n".join(lines) + "\n"


def k_swiss_round_pairings_txt(rng):
    lines = ["Round %d pairings" % rng.randint(1, 6)]
    for t in range(1, 5):
        lines.append("Table %d: %s (%s) vs %s (%s)" % (t, rng.choice(NAMES), rstr(rng, DIGITS, 10), rng.choice(NAMES), rstr(rng, DIGITS, 10)))
    return "\n".join(lines) + "\n"


def k_event_results_export_json(rng):
    d = {"event_id": uuid4(rng), "format": "Pioneer", "matches": [{"match_id": uuid4(rng), "table": rng.randint(1, 30),
         "result": "2-1"} for _ in range(2)]}
    return json.dumps(d, indent=1) + "\n"


def mac(rng):
    return ":".join("%02x" % rng.randint(0, 255) for _ in range(6))


def k_dhcpd_leases_excerpt(rng):
    ip = "10.20.%d.%d" % (rng.randint(1, 9), rng.randint(2, 250))
    return "lease %s {\n  starts 3 2025/11/%02d 18:02:11;\n  hardware ethernet %s;\n  client-hostname \"seat-%s%d\";\n}\n" % (
        ip, rng.randint(1, 28), mac(rng), rng.choice("ABCD"), rng.randint(1, 48))


def k_switch_mac_table_output(rng):
    lines = ["lan-sw1#show mac address-table dynamic", "Vlan    Mac Address       Type        Ports"]
    for _ in range(4):
        m = rstr(rng, HEXL, 12)
        lines.append(" %d    %s.%s.%s    DYNAMIC     Gi1/0/%d" % (rng.choice([20, 30]), m[:4], m[4:8], m[8:], rng.randint(1, 48)))
    return "\n".join(lines) + "\n"


def steamid(rng):
    return str(76561197960265728 + rng.randint(10000000, 999999999))


def k_lan_server_browser_list(rng):
    lines = []
    for _ in range(3):
        lines.append("%-28s 10.20.%d.%d:%d  %d/16  map %s" % (rng.choice(["FragLAN Retake", "Meeple LAN DM", "Hex Arena"]),
                     rng.randint(1, 9), rng.randint(2, 250), rng.choice([27015, 27016, 27017]), rng.randint(0, 16), rng.choice(["de_dust2", "de_nuke", "de_mirage"])))
    return "\n".join(lines) + "\n"


def k_player_whitelist_txt(rng):
    lines = ["# whitelist.txt - SteamID64 per line"]
    for _ in range(4):
        lines.append("%s  // %s  [U:1:%d]" % (steamid(rng), rng.choice(NAMES), rng.randint(10000000, 999999999)))
    return "\n".join(lines) + "\n"


def k_loyalty_member_export_csv(rng):
    rows = ["member_no,first_name,stamps,tier"]
    for _ in range(4):
        rows.append("%s,%s,%d,%s" % (luhn_num(rng, "6337", 16), rng.choice(NAMES), rng.randint(0, 9), rng.choice(["meeple", "rook", "dragon"])))
    return "\n".join(rows) + "\n"


def k_stamp_card_print_batch_txt(rng):
    return "Print batch %d\n%s\n" % (rng.randint(100, 999), "\n".join("CARD %s" % luhn_num(rng, "6337", 16) for _ in range(4)))


def badge(rng):
    body = rstr(rng, DIGITS, 7)
    return body + damm_digit(body)


def k_badge_print_queue_csv(rng):
    rows = ["badge_no,name,type,day"]
    for _ in range(4):
        rows.append("%s,%s,%s,%s" % (badge(rng), rng.choice(NAMES), rng.choice(["GM", "Weekend", "Exhibitor"]), rng.choice(["Sat", "Sun", "Both"])))
    return "\n".join(rows) + "\n"


def k_registration_desk_scan_log(rng):
    return "\n".join("%02d:%02d scan badge=%s ok" % (rng.randint(9, 11), rng.randint(0, 59), badge(rng)) for _ in range(4)) + "\n"


def asset(rng):
    body = "42" + rstr(rng, DIGITS, 6)
    return body + verhoeff_digit(body)


def k_demo_loan_register_csv(rng):
    rows = ["asset_tag,title,borrower,due"]
    for _ in range(4):
        rows.append("%s,%s (demo),%s,2025-12-%02d" % (asset(rng), rng.choice(GAMES), rng.choice(NAMES), rng.randint(1, 28)))
    return "\n".join(rows) + "\n"


def k_asset_tag_label_sheet_txt(rng):
    return "Label sheet A4 (3x8)\n" + "\n".join("DEMO %s  %s" % (asset(rng), rng.choice(GAMES)) for _ in range(4)) + "\n"


def k_lan_cache_manifest_json(rng):
    d = {"depot": rng.randint(200000, 2999999), "chunks": [{"sha256": hashlib.sha256(rbytes(rng, 64)).hexdigest(),
         "size": rng.randint(100000, 1048576)} for _ in range(2)], "manifest_sha1": hashlib.sha1(rbytes(rng, 64)).hexdigest()}
    return json.dumps(d, indent=1) + "\n"


def k_magnet_link_board_txt(rng):
    h = hashlib.sha1(rbytes(rng, 128)).hexdigest()
    return "LAN share board:\nmagnet:?xt=urn:btih:%s&dn=community-maps-pack-v%d.zip\nsha256 of the zip: %s\n" % (
        h, rng.randint(2, 9), hashlib.sha256(rbytes(rng, 64)).hexdigest())


def k_booking_widget_html_embed(rng):
    return ("<script src=\"https://js.stripe.com/v3/\"></script>\n<div id=\"book\" data-stripe-key=\"pk_live_51%s\"\n"
            "     data-maps-key=\"AIza%s\" data-recaptcha=\"6L%s\"></div>\n<!-- Maps key restricted to https://book.meeplehall.example/* -->\n") % (
        rstr(rng, ALNUM, 97), rstr(rng, B64URL, 35), rstr(rng, B64URL, 38))


def k_store_site_public_config_js(rng):
    return ("window.STORE_PUBLIC = {\n  algoliaAppId: '%s',\n  algoliaSearchOnlyKey: '%s',\n  posthogKey: 'phc_%s',\n"
            "  squareAppId: 'sq0idp-%s',\n};\n") % (rstr(rng, UALNUM, 10), rstr(rng, HEXL, 32), rstr(rng, ALNUM, 43), rstr(rng, B64URL, 22))


def k_integration_setup_readme_md(rng):
    return ("## Setting up the table-booking webhook\n\n1. Copy the signing secret from the dashboard; it looks like `tbw_<43 characters>`.\n"
            "2. Put it in `.env` as `TABLE_BOOKING_WEBHOOK_SECRET=tbw_paste-from-dashboard`.\n"
            "3. The pricing token has the form `bpx_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`.\n"
            "4. RCON: set `YOUR_RCON_PASSWORD` in the panel, never in git. (doc rev %d)\n") % rng.randint(2, 40)


def k_env_example_file(rng):
    return ("# .env.example (rev %d)\nGAME_LIBRARY_ADMIN_PASSWORD=\nTCG_SINGLES_DB_PASSWORD=changeme\nLAN_WIFI_RAW_PSK=${LAN_WIFI_RAW_PSK:?set me}\n"
            "GAME_SERVER_PANEL_API_KEY=gsp_xxxxxxxx.<secret>\nLOYALTY_STAMP_HMAC_KEY=<base64-32-bytes>\n") % rng.randint(2, 40)


def k_till_pos_debug_log(rng):
    return ("%s DEBUG till.auth manager override requested by %s\n%s DEBUG till.auth secret=******** (len hidden)\n"
            "%s DEBUG booking webhook secret=tbw_****%s\n") % ("2025-11-%02dT19:0%d:11Z" % (rng.randint(1, 28), rng.randint(0, 9)),
                                                             rng.choice(NAMES), "2025-11-20T19:05:12Z", "2025-11-20T19:05:13Z", rstr(rng, ALNUM, 4))


def k_ci_deploy_log_masked(rng):
    return ("Run ./deploy.sh\n  env:\n    GAME_SERVER_PANEL_API_KEY: ***\n    LAN_WIFI_RAW_PSK: [REDACTED]\n"
            "Deploying build %s ... done (%ds)\n") % (rstr(rng, HEXL, 7), rng.randint(20, 90))


def k_compose_secrets_section_yml(rng):
    return ("services:\n  booking:\n    secrets: [table_booking_webhook_secret]\n    environment:\n"
            "      TABLE_BOOKING_WEBHOOK_SECRET_FILE: /run/secrets/table_booking_webhook_secret\n"
            "secrets:\n  table_booking_webhook_secret:\n    external: true\n# rcon: op://Store/LAN %d/rcon\n") % rng.randint(1, 9)


def k_helm_values_external_secret_refs(rng):
    return ("externalSecrets:\n  - key: vault:secret/data/lan/panel#api_key\n  - key: arn:aws:secretsmanager:eu-west-2:%s:secret:till/manager-%s\n"
            "env:\n  LOYALTY_STAMP_HMAC_KEY: ${{ secrets.LOYALTY_STAMP_HMAC_KEY }}\n") % (rstr(rng, DIGITS, 12), rstr(rng, ALNUM, 6))


def sops_enc(rng, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(rng, n)), b64(rbytes(rng, 32)), b64(rbytes(rng, 16)))


def k_sops_encrypted_yaml(rng):
    return ("lan:\n    rcon: %s\n    panel_key: %s\nsops:\n    age:\n        - recipient: age1%s\n    lastmodified: \"2025-11-%02dT10:00:00Z\"\n") % (
        sops_enc(rng, 14), sops_enc(rng, 45), bech32_encode("age", rbytes(rng, 32))[4:], rng.randint(1, 28))


def k_ansible_vault_encrypted_file(rng):
    h = rbytes(rng, 160).hex()
    body = "\n".join(h[i:i + 80] for i in range(0, len(h), 80))
    return "$ANSIBLE_VAULT;1.1;AES256\n" + body + "\n"


def django_pbkdf2(rng):
    return "pbkdf2_sha256$870000$%s$%s" % (rstr(rng, ALNUM, 22), b64(rbytes(rng, 32)))


def k_staff_accounts_fixture_json(rng):
    d = [{"model": "auth.user", "pk": i, "fields": {"username": rng.choice(NAMES).lower() + str(i), "password": django_pbkdf2(rng),
          "is_staff": True}} for i in range(1, 3)]
    return json.dumps(d, indent=1) + "\n"


def k_auth_user_table_dump(rng):
    return ("INSERT INTO auth_user (id, username, password) VALUES\n (%d, 'till%d', 'scrypt$16384$%s$8$1$%s'),\n (%d, 'op%d', '%s');\n") % (
        rng.randint(1, 50), rng.randint(1, 9), rstr(rng, ALNUM, 22), b64(rbytes(rng, 64)), rng.randint(51, 99), rng.randint(1, 9), django_pbkdf2(rng))


def k_staff_wiki_it_page(rng):
    return ("IT basics for new staff (v%d)\n- Never write the till or back-office password on the whiteboard.\n"
            "- Passwords are handed over in person, never in the group chat.\n- If you think a password leaked, tell the owner and we rotate it.\n") % rng.randint(2, 9)


def k_opening_checklist_md(rng):
    return ("# Opening checklist\n- [ ] unlock the till (manager enters the code, do not ask for it)\n- [ ] check the LAN switch is up\n"
            "- [ ] password manager: confirm you can log in to your own vault\n- [ ] %d reservations today\n") % rng.randint(4, 30)


def k_shopify_webhook_delivery_log(rng):
    sig = base64.b64encode(hmac.new(rbytes(rng, 32), rbytes(rng, 200), hashlib.sha256).digest()).decode()
    return ("POST /webhooks/orders-create 200\nX-Shopify-Topic: orders/create\nX-Shopify-Hmac-Sha256: %s\n"
            "X-Shopify-Webhook-Id: %s\n") % (sig, uuid4(rng))


def k_booking_webhook_retry_ticket(rng):
    sig = hmac.new(rbytes(rng, 32), rbytes(rng, 200), hashlib.sha256).hexdigest()
    return ("Ticket: booking webhook retries failing\nHeader seen: Booking-Signature: t=17%d,v1=%s\n"
            "Our computed value differs - probably a clock skew.\n") % (rng.randint(10000000, 99999999), sig)


def ed25519_pub(rng):
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(rng, 32)
    return "ssh-ed25519 " + b64(blob)


def k_known_hosts_excerpt(rng):
    return "lan-sw1.fraglan.lan,10.20.0.2 %s\nnas.meeplehall.lan %s\n" % (ed25519_pub(rng), ed25519_pub(rng))


def k_first_connect_prompt_log(rng):
    fp = base64.b64encode(hashlib.sha256(rbytes(rng, 51)).digest()).decode().rstrip("=")
    return ("The authenticity of host 'till-%d.meeplehall.lan (10.20.1.%d)' can't be established.\n"
            "ED25519 key fingerprint is SHA256:%s.\nAre you sure you want to continue connecting (yes/no)?\n") % (rng.randint(1, 9), rng.randint(2, 250), fp)


def k_minecraft_server_properties_seed(rng):
    return "level-name=lanworld\nlevel-seed=%d\ngamemode=survival\nmax-players=%d\n" % (rng.randint(-9 * 10 ** 18, 9 * 10 ** 18), rng.randint(8, 64))


def k_party_game_room_code_chat(rng):
    return ("%s: room code is %s for the party game\n%s: and the space lobby is %s\n%s: factorio map string >>>%s<<<\n") % (
        rng.choice(NAMES), rstr(rng, "BCDFGHJKLMNPQRSTVWXZ", 4), rng.choice(NAMES), rstr(rng, UPPER, 6), rng.choice(NAMES), b64(rbytes(rng, 60)))


CLASSES = [
    ("tcg_set_codes_and_collector_numbers", "set codes, collector numbers, card UUIDv4s and marketplace product ids", [k_singles_inventory_csv, k_scryfall_card_lookup_json]),
    ("graded_card_certification_numbers", "certification numbers of graded (slabbed) cards", [k_grading_submission_form_txt, k_slab_label_scan_ocr]),
    ("board_game_ean13_barcodes_and_isbns", "EAN-13 game barcodes and ISBN-13 rulebook numbers with real check digits", [k_game_library_catalogue_csv, k_supplier_invoice_lines_txt]),
    ("organised_play_player_ids_and_match_ids", "10-digit player ids, table numbers, event and match UUIDv4s", [k_swiss_round_pairings_txt, k_event_results_export_json]),
    ("lan_seat_mac_addresses_and_dhcp_leases", "MAC addresses, DHCP leases and switch MAC tables of LAN seats", [k_dhcpd_leases_excerpt, k_switch_mac_table_output]),
    ("steamid64_and_server_query_endpoints", "SteamID64 / SteamID3 player ids and game-server query endpoints", [k_lan_server_browser_list, k_player_whitelist_txt]),
    ("loyalty_card_numbers_luhn_checked", "16-digit loyalty card numbers with a real Luhn check digit", [k_loyalty_member_export_csv, k_stamp_card_print_batch_txt]),
    ("convention_badge_numbers_damm_checked", "8-digit convention badge numbers with a real Damm check digit", [k_badge_print_queue_csv, k_registration_desk_scan_log]),
    ("demo_copy_asset_tags_verhoeff_checked", "9-digit demo-copy asset tags with a real Verhoeff check digit", [k_demo_loan_register_csv, k_asset_tag_label_sheet_txt]),
    ("game_patch_digests_and_torrent_infohashes", "SHA-256 chunk digests, SHA-1 manifests and BitTorrent infohashes (real digests of random bytes)", [k_lan_cache_manifest_json, k_magnet_link_board_txt]),
    ("public_keys_on_booking_widgets", "Stripe `pk_live_`, a referrer-restricted `AIza` Maps key, a reCAPTCHA site key, an Algolia search-only key, PostHog `phc_`, Square `sq0idp-`", [k_booking_widget_html_embed, k_store_site_public_config_js]),
    ("documentation_placeholder_credentials", "`tbw_<43 characters>`, `tbw_paste-from-dashboard`, `bpx_XXXX…`, `YOUR_RCON_PASSWORD`, empty, `changeme`, `${…:?set me}`, `gsp_xxxxxxxx.<secret>`, `<base64-32-bytes>`", [k_integration_setup_readme_md, k_env_example_file]),
    ("redacted_values_in_till_logs", "stars, `tbw_****` + 4-character tail, `***`, `[REDACTED]`", [k_till_pos_debug_log, k_ci_deploy_log_masked]),
    ("secret_store_reference_uris", "Docker secrets files, `op://`, `vault:` paths, Secrets Manager ARNs, `${{ secrets.… }}`", [k_compose_secrets_section_yml, k_helm_values_external_secret_refs]),
    ("sops_and_ansible_vault_ciphertext", "SOPS `ENC[AES256_GCM,…]` values and `$ANSIBLE_VAULT;1.1;AES256` bodies (random bytes in the right frame)", [k_sops_encrypted_yaml, k_ansible_vault_encrypted_file]),
    ("django_pbkdf2_and_scrypt_hash_strings", "Django `pbkdf2_sha256$…` and `scrypt$…` password hashes (random in frame; the field is called `password`, a trap)", [k_staff_accounts_fixture_json, k_auth_user_table_dump]),
    ("password_policy_talk_in_staff_wiki", "wiki and checklist text about passwords with no password in it", [k_staff_wiki_it_page, k_opening_checklist_md]),
    ("webhook_hmac_signature_headers", "Shopify `X-Shopify-Hmac-Sha256` and booking `v1=` signatures (real HMAC-SHA256 outputs under discarded keys)", [k_shopify_webhook_delivery_log, k_booking_webhook_retry_ticket]),
    ("ssh_host_fingerprints_and_known_hosts", "`SHA256:` host-key fingerprints (real digests) and `ssh-ed25519` public keys with the real wire header", [k_known_hosts_excerpt, k_first_connect_prompt_log]),
    ("game_world_seeds_and_lobby_codes", "Minecraft level seeds, party-game room codes, lobby codes and a Factorio map-exchange string (random Base64 in the `>>>…<<<` frame)", [k_minecraft_server_properties_seed, k_party_game_room_code_chat]),
]

WRAPPERS = [
    ("", None),
    ("in_staff_discord_thread", "#tech-help - {who}: can someone sanity-check this before I share it?\n```\n{t}```\n"),
    ("in_store_wiki_page", "== Reference ==\n{t}(last edited by {who})\n"),
    ("in_dev_github_issue", "### Steps to reproduce\n\n```\n{t}```\n\n### Expected behaviour\nNo warning from the secret scanner.\n"),
    ("in_supplier_email", "Hi {who},\n\nplease see below.\n\n{t}\nKind regards,\nAccounts\n"),
]


def kind_name(fn):
    return fn.__name__[2:]


def generate(reg, forbidden_extra=()):
    rng = random.Random(SEED)
    recs = []
    idx = 1
    regitems = [s for s in reg.items if len(s) >= 6] + [s for s in forbidden_extra if len(s) >= 6]
    for cls, _desc, kinds in CLASSES:
        for k in kinds:
            for wname, wt in WRAPPERS:
                for _ in range(200):
                    base = k(rng)
                    text = base if wt is None else wt.format(t=base, who=rng.choice(NAMES))
                    if not any(s in text for s in regitems):
                        break
                else:
                    raise RuntimeError("negative could not avoid registered strings")
                cont = kind_name(k) + ("__" + wname if wname else "")
                recs.append({"id": "p201-n-%04d" % idx, "class": cls, "container": cont, "text": text, "source": "negative"})
                idx += 1
    return recs
