import random, hashlib, hmac, zlib, base64
from common87 import *

def fp(r): return "SHA256:" + b64(r, 32, pad=False)
def hexfp(r, n=40): return rs(r, "0123456789ABCDEF", n)
def crypt_salt(r, n): return rs(r, ALNUM + "./", n)

BASE = {
 "openssh_pubkey_or_allowed_signer": [
  ("authorized_keys_ed25519_entries", lambda r: "# ~/.ssh/authorized_keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@phone" % (rs(r, B64, 43), r.choice(USERS), rs(r, B64, 43), r.choice(USERS))),
  ("git_allowed_signers_file", lambda r: "# ~/.config/git/allowed_signers\n%s@example.com namespaces=\"git\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (r.choice(USERS), rs(r, B64, 43)))],
 "gpg_key_fingerprint_or_long_id": [
  ("gpg_list_secret_keys_output", lambda r: "$ gpg --list-secret-keys --keyid-format=long\nsec   ed25519/%s 2024-01-09 [SC]\n      %s\nuid                 [ultimate] %s <%s@example.com>" % (hexfp(r, 16), hexfp(r), r.choice(USERS).title(), r.choice(USERS))),
  ("gitconfig_user_signingkey_line", lambda r: "# ~/.gitconfig\n[user]\n    email = %s@example.com\n    signingkey = %s\n[commit]\n    gpgsign = true" % (r.choice(USERS), hexfp(r, 16)))],
 "password_manager_item_identifier": [
  ("bw_list_items_id_fields", lambda r: "$ bw list items --search github | jq '.[] | {id, name}'\n{ \"id\": \"%s\", \"name\": \"GitHub\" }\n{ \"id\": \"%s\", \"name\": \"GitHub (work)\" }" % (uuid4(r), uuid4(r))),
  ("keepassxc_entry_uuid_listing", lambda r: "$ keepassxc-cli show ~/Passwords.kdbx Dev/Forge --attributes UUID\n%s" % rs(r, HEXL, 32))],
 "secret_manager_lookup_command": [
  ("mail_client_passcmd_pass_show", lambda r: "# ~/.mbsyncrc\nPassCmd \"pass show mail/%s\"\n# ~/.config/aerc/accounts.conf\nsource-cred-cmd = pass show mail/%s" % (r.choice(HOSTS), r.choice(HOSTS))),
  ("op_read_secret_reference_env", lambda r: "# ~/.config/op/dev.env (op run --env-file)\nGITHUB_TOKEN=\"op://Private/%s/token\"\nNPM_TOKEN=\"op://Dev/npm-%s/credential\"" % (r.choice(["GitHub", "Forge", "Codeberg"]), rs(r, LOWER_ALNUM, 5)))],
 "password_field_protected_or_masked": [
  ("keepassxc_cli_show_protected_output", lambda r: "$ keepassxc-cli show ~/Passwords.kdbx Mail/%s\nTitle: %s\nUserName: %s\nPassword: PROTECTED\nURL: https://%s" % (r.choice(USERS), r.choice(HOSTS), r.choice(USERS), r.choice(HOSTS))),
  ("gnome_keyring_seahorse_dots_note", lambda r: "Seahorse > Login > %s\n  Password: ••••••••••••\n  (click the eye icon to reveal)" % r.choice(HOSTS))],
 "dotfiles_template_placeholder": [
  ("chezmoi_template_data_reference", lambda r: "# dot_config/aerc/accounts.conf.tmpl\nsource = imaps://{{ .email }}@%s\nsource-cred-cmd = {{ .passcmd }}\n# password = {{ (bitwarden \"item\" \"%s\").login.password }}" % (r.choice(HOSTS), rs(r, LOWER_ALNUM, 6))),
  ("dotfiles_example_env_changeme", lambda r: "# env.example  -- copy to ~/.env.local\nGITHUB_TOKEN=changeme\nIMAP_PASSWORD=<your-imap-password>\nBW_SESSION=${BW_SESSION:?run bw unlock first}\n# %s" % rs(r, LOWER_ALNUM, 6))],
 "unix_crypt_password_hash": [
  ("etc_shadow_yescrypt_line", lambda r: "%s:$y$j9T$%s$%s:19%03d:0:99999:7:::" % (r.choice(USERS), crypt_salt(r, 22), crypt_salt(r, 43), r.randrange(1000))),
  ("nixos_hashed_password_sha512crypt", lambda r: "users.users.%s = {\n  isNormalUser = true;\n  hashedPassword = \"$6$%s$%s\";\n};" % (r.choice(USERS), crypt_salt(r, 16), crypt_salt(r, 86)))],
 "package_recipe_digest": [
  ("homebrew_formula_sha256_line", lambda r: "class Dotbot < Formula\n  url \"https://example.net/dotbot-1.%d.tar.gz\"\n  sha256 \"%s\"\nend" % (r.randrange(30), rs(r, HEXL, 64))),
  ("nix_fetchfromgithub_sri_hash", lambda r: "src = fetchFromGitHub {\n  owner = \"%s\";\n  repo = \"dotfiles\";\n  rev = \"%s\";\n  hash = \"sha256-%s\";\n};" % (r.choice(USERS), rs(r, HEXL, 40), b64(r, 32)))],
 "git_commit_or_blob_id": [
  ("git_log_oneline_dotfiles", lambda r: "$ git log --oneline -3\n%s zsh: lazy-load nvm\n%s nvim: switch to lazy.nvim\n%s tmux: fix true colour" % (rs(r, HEXL, 7), rs(r, HEXL, 7), rs(r, HEXL, 7))),
  ("git_submodule_status_shas", lambda r: "$ git submodule status\n %s .config/nvim/pack/plugins/start/fzf (0.4%d.0)\n %s .zsh/plugins/zsh-autosuggestions (v0.7.%d)" % (rs(r, HEXL, 40), r.randrange(10), rs(r, HEXL, 40), r.randrange(10)))],
 "host_machine_identifier": [
  ("etc_machine_id_and_boot_id", lambda r: "$ cat /etc/machine-id\n%s\n$ cat /proc/sys/kernel/random/boot_id\n%s" % (rs(r, HEXL, 32), uuid4(r))),
  ("fstab_crypttab_uuid_lines", lambda r: "# /etc/crypttab\ncryptroot UUID=%s none luks,discard\n# /etc/fstab\nUUID=%s /home ext4 defaults 0 2" % (uuid4(r), uuid4(r)))],
 "dotfiles_encrypted_payload": [
  ("ansible_vault_encrypted_vars_file", lambda r: "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(rs(r, "0123456789", 0) + rs(r, HEXL, 80) for _ in range(4))),
  ("age_armored_encrypted_dotfile", lambda r: "# private_dot_netrc.age (chezmoi)\n-----BEGIN AGE ENCRYPTED FILE-----\n%s\n%s\n-----END AGE ENCRYPTED FILE-----" % (b64(r, 48), b64(r, 36)))],
 "public_oauth_client_identifier": [
  ("rclone_drive_client_id_line", lambda r: "# rclone.conf (client ids are public; the secret lives in pass)\n[gdrive]\ntype = drive\nclient_id = %d-%s.apps.googleusercontent.com\nscope = drive.file" % (r.randrange(10**11, 10**12), rs(r, LOWER_ALNUM, 32))),
  ("github_oauth_app_client_id", lambda r: "# gh-dash config: public OAuth app id\noauth:\n  client_id: Ov23li%s" % rs(r, ALNUM, 14))],
 "browser_profile_or_extension_id": [
  ("firefox_profiles_ini_paths", lambda r: "# ~/.mozilla/firefox/profiles.ini\n[Profile0]\nName=default-release\nPath=%s.default-release\nDefault=1\n[Install%s]\nDefault=%s.default-release" % (rs(r, LOWER_ALNUM, 8), rs(r, "0123456789ABCDEF", 16), rs(r, LOWER_ALNUM, 8))),
  ("chromium_extension_id_list", lambda r: "# extensions pinned by the dotfiles policy\n%s  # uBlock Origin Lite\n%s  # Bitwarden" % (rs(r, "abcdefghijklmnop", 32), rs(r, "abcdefghijklmnop", 32)))],
 "vpn_public_key_material": [
  ("wireguard_peer_public_key_block", lambda r: "# /etc/wireguard/wg0.conf (peer part)\n[Peer]\nPublicKey = %s\nAllowedIPs = 10.%d.0.0/24\nEndpoint = vpn.example.net:51820" % (b64(r, 32), r.randrange(256))),
  ("tailscale_status_json_node_keys", lambda r: "$ tailscale status --json | jq '.Self | {PublicKey, ID}'\n{ \"PublicKey\": \"nodekey:%s\", \"ID\": \"n%sCNTRL\" }" % (rs(r, HEXL, 64), rs(r, ALNUM, 10)))],
 "password_talk_without_value": [
  ("dotfiles_readme_secrets_policy", lambda r: "## Secrets\nNo passwords live in this repo. Mail and IRC passwords are fetched at runtime with `pass`, the KeePassXC master password is only in my head, and the bw session is unlocked per shell (%s)." % rs(r, "0123456789", 3)),
  ("chat_reset_keepass_no_password", lambda r: "[21:%02d] <%s> I changed the vault master password yesterday, I'll tell you the new one in person, not here" % (r.randrange(60), r.choice(USERS)))],
}
WRAPPERS = ["dotfiles_repo_readme", "terminal_scrollback_paste", "personal_wiki_note", "dotfiles_pr_review_comment", "setup_script_comment_block"]
def wrap(w, inner):
    if w == "dotfiles_repo_readme": return "## Notes\n\n```\n%s\n```\n" % inner
    if w == "terminal_scrollback_paste": return "[%s@laptop ~]$ # pasted for reference\n%s\n[laptop ~]$" % ("user", inner)
    if w == "personal_wiki_note": return "== Laptop setup ==\n%s\n-- checked, nothing secret here" % inner
    if w == "dotfiles_pr_review_comment": return "> reviewer: is this safe to commit?\n\n%s\n\nyes, see above" % inner
    return "\n".join("# " + l for l in inner.split("\n"))

def doc_values():
    sha256_empty = hashlib.sha256(b"").hexdigest()
    hmac256 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    crc = "%08x" % (zlib.crc32(b"123456789") & 0xffffffff)
    sha512_abc = hashlib.sha512(b"abc").hexdigest()
    md5_abc = hashlib.md5(b"abc").hexdigest()
    pub = {"sha256_empty": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
           "hmac_sha256_rfc4231_tc2": "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
           "crc32_check": "cbf43926",
           "sha512_abc": "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
           "md5_abc": "900150983cd24fb0d6963f7d28e17f72"}
    got = {"sha256_empty": sha256_empty, "hmac_sha256_rfc4231_tc2": hmac256, "crc32_check": crc, "sha512_abc": sha512_abc, "md5_abc": md5_abc}
    assert got == pub, got
    return pub
DOCS = [
 ("sha256_empty_in_backup_verify_note", lambda d: "restic check said the zero-byte file hashes to %s, which is just SHA-256 of nothing, so the empty .keep file is fine." % d["sha256_empty"]),
 ("hmac_sha256_rfc4231_in_webhook_script_test", lambda d: "# self-test from RFC 4231 test case 2 (key \"Jefe\")\nassert hmac_sha256('Jefe', 'what do ya want for nothing?') == '%s'" % d["hmac_sha256_rfc4231_tc2"]),
 ("crc32_check_value_in_firmware_notes", lambda d: "CRC-32 of the ASCII string 123456789 must be %s (the standard check value) - the flasher script verifies that first." % d["crc32_check"]),
 ("sha512_abc_in_hash_tool_readme", lambda d: "$ printf abc | sha512sum\n%s  -" % d["sha512_abc"]),
 ("md5_abc_in_shell_function_comment", lambda d: "# md5 abc -> %s (RFC 1321 test suite), used to sanity-check the md5 alias on macOS vs Linux" % d["md5_abc"]),
]
DOC_CLASS = "standards_example_digest"

def generate(seed=8706):
    r = random.Random(seed)
    out = []
    for cls, kinds in BASE.items():
        for kname, fn in kinds:
            out.append(dict(cls=cls, container=kname, text=fn(r)))
            for w in WRAPPERS:
                out.append(dict(cls=cls, container="%s__in_%s" % (kname, w), text=wrap(w, fn(r))))
    d = doc_values()
    for kname, fn in DOCS:
        out.append(dict(cls=DOC_CLASS, container=kname, text=fn(d)))
    return [dict(**{"class": o["cls"]}, container=o["container"], text=o["text"], source="negative") for o in out], d
