"""Hard negatives from the remote-dev world (seed 9106)."""
import random, string, base64, hashlib, json
from common91 import rs, ALNUM, LOWER_ALNUM, HEX, B64, B64URL, uuid4

LO = string.ascii_lowercase
NIXB32 = "0123456789abcdfghijklmnpqrsvwxyz"

def sha256fp(r): return "SHA256:" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode().rstrip("=")

def ed25519_pub(r):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.randrange(256) for _ in range(32))
    return base64.b64encode(blob).decode()

BASES = {
 "ssh_host_key_fingerprint_notice": [
  ("ssh_first_connect_authenticity_prompt", lambda r: f"The authenticity of host 'devbox.example.net (10.0.8.{r.randint(2,250)})' can't be established.\nED25519 key fingerprint is {sha256fp(r)}.\nThis key is not known by any other names.\nAre you sure you want to continue connecting (yes/no/[fingerprint])?"),
  ("ssh_keygen_lf_host_keys_output", lambda r: "\n".join(f"{b} {sha256fp(r)} root@devbox ({t})" for b, t in ((256, "ED25519"), (3072, "RSA"), (256, "ECDSA")))),
 ],
 "known_hosts_hashed_hostname_entry": [
  ("known_hosts_hashed_lines", lambda r: "\n".join("|1|" + base64.b64encode(bytes(r.randrange(256) for _ in range(20))).decode() + "|" + base64.b64encode(bytes(r.randrange(256) for _ in range(20))).decode() + " ssh-ed25519 " + ed25519_pub(r) for _ in range(2))),
  ("codespaces_known_hosts_cert_authority", lambda r: "@cert-authority *.codespaces.example.net ssh-ed25519 " + ed25519_pub(r) + "\n@cert-authority *.gitpod.example.net ssh-ed25519 " + ed25519_pub(r)),
 ],
 "devcontainer_variable_substitution_reference": [
  ("devcontainer_localenv_reference_json", lambda r: '{\n  "remoteEnv": {\n    "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}",\n    "DB_PASSWORD": "${localEnv:DB_PASSWORD:' + r.choice(["", "changeme-locally"]) + '}",\n    "WORKSPACE": "${containerWorkspaceFolder}"\n  }\n}'),
  ("devcontainer_secrets_declaration_block", lambda r: '"secrets": {\n  "' + r.choice(["OPENAI_API_KEY", "NPM_TOKEN", "HF_TOKEN"]) + '": { "description": "Personal key, set it in your Codespaces user secrets", "documentationUrl": "https://docs.example.org/keys" }\n}'),
 ],
 "ci_secrets_context_expression": [
  ("github_actions_codespaces_prebuild_env", lambda r: "env:\n  REGISTRY_PASSWORD: ${{ secrets.REGISTRY_PASSWORD }}\n  NGROK_AUTHTOKEN: ${{ secrets." + r.choice(["NGROK_AUTHTOKEN", "NGROK_TOKEN"]) + " }}\n  RUN_ID: ${{ github.run_id }}"),
  ("gitlab_ci_masked_variable_reference", lambda r: "deploy_preview:\n  script:\n    - echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin \"$CI_REGISTRY\"\n    - ./preview.sh --env review-" + rs(r, LO, 6)),
 ],
 "masked_token_in_ide_log": [
  ("vscode_remote_log_redacted_token", lambda r: f"[{r.randint(10,23)}:0{r.randint(0,9)}:11.201] Using GITHUB_TOKEN ghp_****************************{rs(r, ALNUM, 4)} from keychain\n[remote] auth token value: <redacted>"),
  ("gitpod_env_listing_masked", lambda r: "NAME                 REPOSITORY PATTERN   VALUE\nNPM_TOKEN            acme/*               ****\nDB_PASSWORD          acme/api             ****\nDOCKERHUB_TOKEN      */*                  ****" + rs(r, "", 0)),
 ],
 "nix_store_path_hash": [
  ("nix_develop_store_paths_listing", lambda r: "\n".join(f"/nix/store/{rs(r, NIXB32, 32)}-{p}" for p in r.sample(["nodejs-22.9.0", "postgresql-16.4", "openssh-9.9p1", "tmux-3.5a", "mosh-1.4.0"], 3))),
  ("flake_lock_narhash_entries", lambda r: json.dumps({"nodes": {"nixpkgs": {"locked": {"lastModified": 1772000000 + r.randint(0, 99999), "narHash": "sha256-" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), "owner": "NixOS", "repo": "nixpkgs", "rev": rs(r, HEX, 40), "type": "github"}}}}, indent=2)),
 ],
 "vm_box_image_checksum": [
  ("vagrantfile_box_download_checksum", lambda r: f'config.vm.box_url = "https://boxes.example.org/devbox-24.04.box"\nconfig.vm.box_download_checksum = "{rs(r, HEX, 64)}"\nconfig.vm.box_download_checksum_type = "sha256"'),
  ("cloud_image_sha256sums_file", lambda r: "\n".join(f"{rs(r, HEX, 64)} *{n}" for n in ("noble-server-cloudimg-amd64.img", "noble-server-cloudimg-arm64.img"))),
 ],
 "cloud_workspace_name_slug": [
  ("gh_codespace_list_output", lambda r: "\n".join(f"{r.choice(['fuzzy','silver','glowing','literate','refactored'])}-{r.choice(['waffle','spork','engine','journey','goggles'])}-{rs(r, LOWER_ALNUM, 14)}\tacme/api\tmain*\tAvailable\t{r.randint(1,9)} hours ago" for _ in range(2))),
  ("gitpod_workspace_list_output", lambda r: "\n".join(f"acme-api-{rs(r, LOWER_ALNUM, 11)}  running  https://github.com/acme/api" for _ in range(2))),
 ],
 "forwarded_port_preview_hostname": [
  ("codespaces_forwarded_port_urls", lambda r: f"PORT  VISIBILITY  URL\n3000  private     https://{r.choice(['fuzzy','silver'])}-{r.choice(['waffle','spork'])}-{rs(r, LOWER_ALNUM, 14)}-3000.app.github.dev\n5432  private     (not forwarded)"),
  ("ngrok_and_quick_tunnel_urls", lambda r: f"Forwarding  https://{rs(r, HEX, 4)}-{r.randint(1,250)}-{r.randint(1,250)}-{r.randint(1,250)}-{r.randint(1,250)}.ngrok-free.app -> http://localhost:3000\nINF |  https://{'-'.join(r.choice(['bright','quiet','lemon','harbor','mild','vector']) for _ in range(4))}.trycloudflare.com"),
 ],
 "overlay_network_or_node_id": [
  ("zerotier_cli_listnetworks_output", lambda r: f"200 listnetworks <nwid> <name> <mac> <status> <type> <dev> <ZT assigned ips>\n200 listnetworks {rs(r, HEX, 16)} devnet {':'.join(rs(r, HEX, 2) for _ in range(6))} OK PRIVATE zt{rs(r, LOWER_ALNUM, 8)} 10.147.17.{r.randint(2,250)}/24"),
  ("tailscale_status_peer_lines", lambda r: "\n".join(f"100.{r.randint(64,127)}.{r.randint(0,255)}.{r.randint(1,254)}  {h}  dev@  linux  active; direct 203.0.113.{r.randint(1,254)}:41641" for h in ("devbox", "gpu-box"))),
 ],
 "ide_server_build_commit_id": [
  ("vscode_server_install_dir_commit", lambda r: f"~/.vscode-server/cli/servers/Stable-{rs(r, HEX, 40)}/server\n[09:12:01] Server installed at commit {rs(r, HEX, 40)}"),
  ("jetbrains_gateway_backend_build_line", lambda r: f"Remote IDE: IntelliJ IDEA 2025.3 (build IU-253.{r.randint(10000,29999)}.{r.randint(10,99)})\nDownload checksum sha256 {rs(r, HEX, 64)}"),
 ],
 "sops_or_sealed_ciphertext": [
  ("sops_devcontainer_env_file", lambda r: f"DB_PASSWORD=ENC[AES256_GCM,data:{base64.b64encode(bytes(r.randrange(256) for _ in range(18))).decode()},iv:{base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()},tag:{base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode()},type:str]\nsops_version=3.9.1"),
  ("sealed_secret_encrypted_data", lambda r: "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nspec:\n  encryptedData:\n    NGROK_AUTHTOKEN: Ag" + base64.b64encode(bytes(r.randrange(256) for _ in range(180))).decode()),
 ],
 "hidden_password_prompt_transcript": [
  ("ssh_password_prompt_no_echo", lambda r: f"$ ssh -J dev@bastion.example.org dev@10.0.8.{r.randint(2,250)}\ndev@bastion.example.org's password:\ndev@10.0.8.{r.randint(2,250)}'s password:\nLast login: Mon Mar  2 09:{r.randint(10,59)}:02 2026 from 100.{r.randint(64,127)}.2.3"),
  ("sudo_prompt_in_tmux_capture", lambda r: f"dev@devbox:~$ sudo systemctl restart code-server@dev\n[sudo] password for dev:\nSorry, try again.\n[sudo] password for dev:\ndev@devbox:~$ # pane {r.randint(0,9)}"),
 ],
 "publishable_client_key": [
  ("stripe_publishable_key_frontend_env", lambda r: "VITE_STRIPE_PUBLISHABLE_KEY=pk_test_51" + rs(r, ALNUM, 97) + "\n# publishable: safe to ship to the browser"),
  ("sentry_browser_dsn_public_key", lambda r: f"Sentry.init({{ dsn: \"https://{rs(r, HEX, 32)}@o{r.randint(100000,999999)}.ingest.sentry.io/{r.randint(1000000,9999999)}\" }});"),
 ],
 "remote_access_policy_prose_no_value": [
  ("bastion_onboarding_policy_note", lambda r: r.choice(["Bastion access: request it in the access portal; the jump-host password is rotated weekly and lives only in the team vault. Never paste it in chat or tickets.", "Do not put passwords in devcontainer.json or .gitpod.yml - use Codespaces secrets or `gp env`, and rotate anything that leaked."])),
  ("chat_ask_reset_without_value", lambda r: r.choice(["can someone reset my code-server password? the old one stopped working after the rebuild", "I rotated the VNC password on the lab box, ping me for the new one in a DM, not here", "the ngrok token expired again, I'll generate a new one tomorrow"])),
 ],
}

DOCS = [
 ("aws_docs_example_access_key_pair_in_gitpod_readme", "Example from the AWS docs (not a real key):\nAWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
 ("vagrant_default_insecure_login_note", "Base boxes follow the Vagrant convention: user `vagrant`, password `vagrant`, and the public insecure key."),
 ("rfc6238_totp_seed_in_bastion_mfa_tests", "# RFC 6238 test seed (ASCII 12345678901234567890) as base32:\nTOTP_SEED = \"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ\""),
 ("sha256_empty_string_in_devcontainer_feature_check", "sha256 of an empty feature tarball: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
 ("md5_empty_string_in_sync_log", "rsync: skipped zero-length file, md5 d41d8cd98f00b204e9800998ecf8427e"),
]

WRAP = ["in_codespace_handoff_doc", "in_bastion_runbook_page", "in_remote_pairing_chat", "in_devcontainer_pr_review", "in_dev_vm_troubleshooting_ticket"]
WRAPTXT = {
 "in_codespace_handoff_doc": "## Codespace handoff\nRaw output below, nothing sensitive:\n\n{t}\n",
 "in_bastion_runbook_page": "Runbook: bastion / jump hosts\n---\n{t}\n---\n(last reviewed by platform team)",
 "in_remote_pairing_chat": "[pairing] here's what I see on my side:\n{t}\n[pairing] ok, looks expected",
 "in_devcontainer_pr_review": "> .devcontainer changes\n```\n{t}\n```\nLGTM, this part is fine.",
 "in_dev_vm_troubleshooting_ticket": "Ticket DEVENV-{n}: remote box misbehaves\nAttached output:\n{t}",
}

def generate():
    r = random.Random(9106)
    recs = []
    classes = list(BASES)
    for ci, cls in enumerate(classes):
        per = 12
        for k in range(per):
            bk, g = BASES[cls][k % 2]
            t = g(r)
            w = (k // 2) % 6
            if w == 0:
                cont, text = bk, t
            else:
                wn = WRAP[w - 1]
                cont, text = f"{bk}__{wn}", WRAPTXT[wn].format(t=t, n=r.randint(1000, 9999))
            recs.append({"class": cls, "container": cont, "text": text, "source": "negative"})
    for kind, t in DOCS:
        recs.append({"class": "vendor_docs_sample_value", "container": kind, "text": t, "source": "negative"})
    # DOCS published values, recomputed where possible
    assert hashlib.sha256(b"").hexdigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert hashlib.md5(b"").hexdigest() == "d41d8cd98f00b204e9800998ecf8427e"
    assert base64.b32encode(b"12345678901234567890").decode() == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    return recs
