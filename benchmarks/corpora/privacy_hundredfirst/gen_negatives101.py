import random, hashlib
from common101 import *


def snow(r):
    return str(r.randint(10 ** 17, 10 ** 18 - 1))


def sid64(r):
    return str(76561197960265728 + r.randint(10 ** 7, 10 ** 9))


def mcuuid(r):
    return uuid4(r)


B = {
    "discord_app_public_identity": {
        "discord_interactions_public_key_hex": lambda r: f"# Discord developer portal > General Information\nAPPLICATION ID: {snow(r)}\nPUBLIC KEY: {hexs(r, 64)}\n(used to verify interaction signatures)\n",
        "discord_guild_channel_snowflakes": lambda r: f"guild_id: {snow(r)}\nstatus_channel_id: {snow(r)}\nadmin_role_id: {snow(r)}\n",
    },
    "steam_public_profile_ids": {
        "steamid64_admin_listing": lambda r: f"// admins.cfg\n\"{sid64(r)}\" \"99:z\" // valk\n\"{sid64(r)}\" \"50:b\" // kira\n",
        "steam_workshop_mod_id_list": lambda r: f"ActiveMods={','.join(str(r.randint(10 ** 8, 3 * 10 ** 9)) for _ in range(5))}\n",
    },
    "minecraft_player_uuid_lists": {
        "usercache_json_entries": lambda r: f"[{{\"name\":\"{r.choice(USERS)}\",\"uuid\":\"{mcuuid(r)}\",\"expiresOn\":\"2024-05-01 10:00:00 +0000\"}}]\n",
        "whitelist_json_entries": lambda r: f"[\n  {{\"uuid\": \"{mcuuid(r)}\", \"name\": \"{r.choice(USERS)}\"}},\n  {{\"uuid\": \"{mcuuid(r)}\", \"name\": \"{r.choice(USERS)}\"}}\n]\n",
    },
    "mod_file_integrity_hashes": {
        "mrpack_index_sha512_hashes": lambda r: f"{{\"path\": \"mods/sodium.jar\", \"hashes\": {{\"sha1\": \"{hexs(r, 40)}\", \"sha512\": \"{hexs(r, 128)}\"}}, \"fileSize\": {r.randint(10 ** 5, 10 ** 7)}}}\n",
        "curseforge_manifest_fingerprints": lambda r: f"{{\"projectID\": {r.randint(10 ** 5, 10 ** 6)}, \"fileID\": {r.randint(10 ** 6, 6 * 10 ** 6)}, \"fingerprint\": {r.randint(10 ** 8, 4 * 10 ** 9)}, \"required\": true}}\n",
    },
    "world_seed_and_save_ids": {
        "level_seed_property_line": lambda r: f"level-name=world\nlevel-seed={r.randint(-2 ** 63, 2 ** 63 - 1)}\nlevel-type=minecraft\\:normal\n",
        "palworld_save_guid_folder": lambda r: f"/srv/pal/Pal/Saved/SaveGames/0/{hexs(r, 32, True)}/Players/{hexs(r, 32, True)}.sav\n",
    },
    "public_join_codes_and_addresses": {
        "valheim_crossplay_join_code": lambda r: f"[Info] Session \"Viking Hall\" with join code {r.randint(100000, 999999)} and IP 203.0.113.{r.randint(2, 250)}:2456 is active\n",
        "playit_public_tunnel_address": lambda r: f"tunnel ready: {rs(r, 'abcdefghijklmnopqrstuvwxyz', 6)}-{rs(r, 'abcdefghijklmnopqrstuvwxyz', 5)}.gl.joinmc.link -> 127.0.0.1:25565 (id {uuid4(r)})\n",
    },
    "egg_variable_and_secret_refs": {
        "pterodactyl_startup_variable_template": lambda r: "java -Xms128M -Xmx{{SERVER_MEMORY}}M -Drcon.pass={{RCON_PASS}} -jar {{SERVER_JARFILE}} # egg " + uuid4(r) + "\n",
        "compose_secret_file_reference": lambda r: f"    environment:\n      RCON_PASSWORD_FILE: /run/secrets/rcon_{rs(r, 'abcdefghij', 4)}\n    secrets: [rcon_{rs(r, 'abcdefghij', 4)}]\n",
    },
    "panel_and_plugin_password_hashes": {
        "pterodactyl_users_bcrypt_row": lambda r: f"| {r.randint(1, 99)} | {r.choice(USERS)} | $2y$10${rs(r, BCRYPT, 53)} | 1 |\n",
        "authme_salted_sha256_column": lambda r: f"INSERT INTO authme (username, password) VALUES ('{r.choice(USERS)}', '$SHA${hexs(r, 16)}${hexs(r, 64)}');\n",
    },
    "unset_and_default_config_values": {
        "server_properties_blank_rcon": lambda r: f"enable-rcon=false\nrcon.password=\nrcon.port={r.randint(25570, 25599)}\nserver-ip=\n",
        "plugin_config_changeme_defaults": lambda r: f"database:\n  host: localhost\n  user: root\n  password: 'changeme'\n  pool-size: {r.randint(4, 16)}\n",
    },
    "masked_credential_log_echo": {
        "panel_log_masked_token": lambda r: f"[{r.randint(10, 23)}:{r.randint(10, 59)}:01] wings: loaded node token ptla_****************{rs(r, '*', 3)} (id {rs(r, ALNUM, 4)}...)\n",
        "bot_startup_redacted_line": lambda r: f"INFO bot: logging in with token [REDACTED] as Relay#{r.randint(1000, 9999)}\n",
    },
    "public_key_and_fingerprint_material": {
        "sftp_authorized_ed25519_line": lambda r: f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, B64, 43)} {r.choice(USERS)}@gamebox\n",
        "mod_signing_key_fingerprint": lambda r: f"Mod jars are signed; verify with key fingerprint {' '.join(hexs(r, 4, True) for _ in range(10))}\n",
    },
    "modpack_build_and_commit_shas": {
        "modpack_git_log_shas": lambda r: "\n".join(f"{hexs(r, 7)} bump to {r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 9)}" for _ in range(3)) + "\n",
        "paper_build_download_sha256": lambda r: f"paper-1.20.4-{r.randint(300, 499)}.jar sha256 {hexs(r, 64)}\n",
    },
    "session_handshake_ids": {
        "minecraft_session_server_hash": lambda r: f"GET /session/minecraft/hasJoined?username={r.choice(USERS)}&serverId=-{hexs(r, 39)}\n",
        "rcon_packet_request_ids": lambda r: f"RCON << id={r.randint(1, 2 ** 31 - 1)} type=0 (RESPONSE_VALUE) body=\"There are 3 of a max of 20 players online\"\n",
    },
    "encrypted_config_payloads": {
        "jasypt_enc_wrapped_value": lambda r: f"rcon.password=ENC({rs(r, B64, 44)}=)\n",
        "sops_encrypted_yaml_value": lambda r: f"rcon_password: ENC[AES256_GCM,data:{rs(r, B64, 24)},iv:{rs(r, B64, 43)}=,tag:{rs(r, B64, 22)}==,type:str]\n",
    },
    "password_chatter_without_value": {
        "admin_asks_reset_rcon": lambda r: f"@{r.choice(USERS)} can you reset the rcon password? I think it leaked after the last wipe. DM me the new one, not here.\n",
        "server_rules_password_policy": lambda r: f"Rule {r.randint(3, 12)}: never share your AuthMe password; staff will never ask for it.\n",
    },
    "truncated_doc_token_examples": {
        "wiki_ellipsis_token_example": lambda r: f"Your client key looks like ptlc_{rs(r, 'AB', 2)}... (shown once; copy it from the panel)\n",
        "readme_angle_placeholder_token": lambda r: f"export MODRINTH_TOKEN=<your-modrinth-pat>\nexport CF_API_KEY=<from console.curseforge.com #{r.randint(1, 9)}>\n",
    },
}

WRAP = {
    "": "{T}",
    "__in_admin_discord_question": "@valk_admin is this safe to post?\n```\n{T}```\n",
    "__in_modpack_issue_report": "### Describe the bug\nServer crashes on join.\n### Logs\n```\n{T}```\n",
    "__in_host_runbook_page": "## Runbook: weekly wipe\nStep 4 - check this:\n\n{T}",
    "__in_panel_support_ticket": "Ticket from customer:\n> {T}\nAgent: looks fine to me.\n",
    "__in_server_console_paste": "container@pterodactyl~ cat notes.txt\n{T}container@pterodactyl~ \n",
}


def generate(seed=10106):
    r = random.Random(seed)
    out = []
    for cls, bases in B.items():
        for base, fn in bases.items():
            for w, tpl in WRAP.items():
                out.append((cls, base + w, tpl.replace("{T}", fn(r))))
    return out
