"""Everyday positives: 45 remote-dev container kinds x 4 (seed 9101)."""
import random, string
from common91 import rs, ALNUM, LOWER_ALNUM, HEX, B64URL, gh_token, crc_b62, PwGen

def _npm(r):
    body = rs(r, ALNUM, 30)
    return "npm_" + body + crc_b62(body)

TYPES = {  # type: (env/key name, generator kind)
    "remote_devbox_ssh_key_passphrase": ("DEVBOX_KEY_PASSPHRASE", "pw"),
    "bastion_jump_host_account_password": ("BASTION_PASSWORD", "pw"),
    "dev_vm_sudo_password": ("VM_SUDO_PASSWORD", "pw"),
    "remote_postgres_dev_password": ("DEV_PGPASSWORD", "pw"),
    "code_server_web_login_password": ("CODE_SERVER_PASSWORD", "pw"),
    "remote_desktop_vnc_password": ("VNC_PASSWORD", "pw"),
    "jupyter_remote_kernel_password": ("JUPYTER_PASSWORD", "pw"),
    "private_registry_pull_password": ("REGISTRY_PASSWORD", "pw"),
    "codespaces_user_secret_github_pat": ("GH_PAT", lambda r: gh_token(r, "ghp_")),
    "cloud_workspace_aws_secret_key": ("AWS_SECRET_ACCESS_KEY", lambda r: rs(r, ALNUM + "/+", 40)),
    "devcontainer_npm_publish_token": ("NPM_TOKEN", _npm),
    "remote_workspace_anthropic_key": ("ANTHROPIC_API_KEY", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"),
    "devbox_huggingface_hub_token": ("HF_TOKEN", lambda r: "hf_" + rs(r, string.ascii_letters, 34)),
    "preview_tunnel_ngrok_authtoken": ("NGROK_AUTHTOKEN", lambda r: "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21)),
    "dev_vm_stripe_test_secret_key": ("STRIPE_SECRET_KEY", lambda r: "sk_test_51" + rs(r, ALNUM, 97)),
    "workspace_slack_bot_token": ("SLACK_BOT_TOKEN", lambda r: f"xoxb-{rs(r, string.digits, 12)}-{rs(r, string.digits, 13)}-{rs(r, ALNUM, 24)}"),
}

H = ["devbox-01.corp.example.net", "bastion.example.org", "jump-eu.example.com", "ws-7.dev.example.net",
     "gpu-box.example.org", "build-vm.example.net"]
U = ["dev", "vscode", "gitpod", "coder", "vagrant", "ubuntu", "codespace", "nix"]

# {K} key name, {V} value, {H} host, {U} user, {L} lower key name
KINDS = {
 "devcontainer_json_remote_env_member": '{{\n  "name": "api-dev",\n  "image": "mcr.microsoft.com/devcontainers/base:bookworm",\n  "remoteEnv": {{\n    "{K}": "{V}"\n  }}\n}}',
 "devcontainer_json_container_env_member": '{{\n  "dockerComposeFile": "compose.yml",\n  "service": "app",\n  "containerEnv": {{ "{K}": "{V}", "TZ": "UTC" }}\n}}',
 "devcontainer_dockerfile_env_instruction": 'FROM mcr.microsoft.com/devcontainers/python:3.12\nENV {K}={V}\nRUN pip install -r requirements-dev.txt',
 "devcontainer_compose_service_environment": 'services:\n  app:\n    build: .devcontainer\n    environment:\n      - {K}={V}\n    volumes:\n      - ..:/workspaces/app:cached',
 "devcontainer_post_create_command_script": '#!/usr/bin/env bash\n# .devcontainer/post-create.sh\nset -euo pipefail\necho "export {K}={V}" >> ~/.bashrc\npip install -e .',
 "codespaces_secret_set_shell_history": '  412  gh codespace list\n  413  gh secret set {K} --user --body "{V}"\n  414  gh codespace rebuild',
 "codespaces_generated_ssh_config_note": 'Host cs.fuzzy-spork.main\n  User codespace\n  ProxyCommand gh cs ssh -c fuzzy-spork --stdio\n  # {K}={V}\n  IdentityFile ~/.ssh/codespaces.auto',
 "codespaces_dotfiles_install_script": '#!/bin/sh\n# install.sh run by Codespaces dotfiles\nln -sf "$PWD/.tmux.conf" ~/.tmux.conf\nexport {K}="{V}"\ngit config --global pull.rebase true',
 "gitpod_yml_task_env_block": 'tasks:\n  - name: backend\n    env:\n      {K}: {V}\n    init: make deps\n    command: make run',
 "gitpod_env_cli_shell_history": 'gitpod /workspace/app $ gp env {K}={V}\n{K}={V_ONCE}',
 "gitpod_workspace_task_log_line": '[task backend] 2026-03-02T10:11:04Z starting with {K}={V} (from gp env)\n[task backend] listening on :8080',
 "coder_template_main_tf_env": 'resource "coder_agent" "main" {{\n  os   = "linux"\n  arch = "amd64"\n  env = {{\n    {K} = "{V}"\n  }}\n}}',
 "coder_agent_startup_script_log": '2026-03-02 09:12:44.120 [info]  agent.startup_script: + export {K}={V}\n2026-03-02 09:12:44.301 [info]  agent.startup_script: + code-server --auth none --port 13337',
 "jetbrains_gateway_run_config_env_xml": '<component name="RunManager">\n  <configuration name="dev-server" type="PythonConfigurationType">\n    <envs>\n      <env name="{K}" value="{V}" />\n    </envs>\n  </configuration>\n</component>',
 "jetbrains_gateway_backend_host_log": '2026-03-02 08:01:17,433 [  11092]   INFO - #c.j.r.h.RemoteHostController - backend env: {K}={V}\n2026-03-02 08:01:17,520 [  11179]   INFO - #c.j.r.h.RemoteHostController - join link ready',
 "vscode_remote_ssh_settings_env_member": '{{\n  "remote.SSH.remotePlatform": {{ "{H}": "linux" }},\n  "terminal.integrated.env.linux": {{ "{K}": "{V}" }}\n}}',
 "vscode_server_remote_log_output": '[09:20:11.512] Remote server is listening on 41327\n[09:20:11.530] > env {K}={V}\n[09:20:11.602] Starting forwarding server. local port 55871 -> socksPort 40123',
 "vscode_tunnel_service_journal_line": 'Mar 02 09:31:07 {H} code-tunnel[2211]: [2026-03-02 09:31:07] info [tunnels::service] extra env {K}={V}\nMar 02 09:31:07 {H} code-tunnel[2211]: Connected to an existing tunnel process',
 "ssh_config_proxyjump_stanza_comment": 'Host devbox\n  HostName {H}\n  User {U}\n  ProxyJump bastion\n  # {K}: {V}\n  ForwardAgent no',
 "bastion_shared_motd_notes": '==== bastion notes (edit /etc/motd.d/20-dev) ====\n* jump to dev boxes with: ssh -J {U}@bastion devbox\n* {K} = {V}\n* do not store keys here',
 "tmux_capture_pane_scrollback": '{U}@{H}:~/app$ export {K}={V}\n{U}@{H}:~/app$ make dev\nstarting dev server on :3000',
 "tmux_resurrect_saved_pane_line": 'pane\tdev\t1\t1\t:*\t0\t:/home/{U}/app\t1\tbash\t:env {K}={V} ./run-dev.sh',
 "mosh_session_terminal_paste": 'mosh-server: session on {H}\n[mosh] {U}@{H}:~$ {K}={V} ./scripts/seed.sh\nseeded 40 rows',
 "tailscale_up_shell_history": ': 1772441201:0;tailscale up --ssh --hostname devbox\n: 1772441260:0;export {K}={V}\n: 1772441275:0;tailscale serve 3000',
 "tailscale_serve_runbook_note": '## expose dev server on tailnet\n1. `tailscale serve --bg 3000`\n2. set `{K}` to `{V}` in the box env\n3. share https://devbox.tail-scale.ts.net',
 "zerotier_join_terminal_paste": '$ sudo zerotier-cli join 8056c2e21c000001\n200 join OK\n$ echo "{K}={V}" | sudo tee -a /etc/environment',
 "wireguard_devbox_conf_comment": '[Interface]\nAddress = 10.77.0.2/32\n# {K}={V}\nDNS = 10.77.0.1\n\n[Peer]\nEndpoint = {H}:51820\nAllowedIPs = 10.77.0.0/24',
 "nix_flake_devshell_shellhook": '{{\n  devShells.x86_64-linux.default = pkgs.mkShell {{\n    packages = [ pkgs.nodejs ];\n    shellHook = \'\'\n      export {K}="{V}"\n    \'\';\n  }};\n}}',
 "nix_shell_nix_env_attribute": 'with import <nixpkgs> {{}};\nmkShell {{\n  buildInputs = [ postgresql ];\n  {K} = "{V}";\n}}',
 "devenv_nix_env_attribute": '{{ pkgs, ... }}: {{\n  env.{K} = "{V}";\n  services.postgres.enable = true;\n}}',
 "vagrantfile_provision_inline_shell": 'Vagrant.configure("2") do |config|\n  config.vm.box = "bento/ubuntu-24.04"\n  config.vm.provision "shell", inline: "echo {K}={V} >> /etc/environment"\nend',
 "vagrant_ssh_session_paste": '$ vagrant ssh\nWelcome to Ubuntu 24.04 LTS\nvagrant@devvm:~$ export {K}={V}\nvagrant@devvm:~$ ./bootstrap.sh',
 "multipass_cloud_init_write_files": '#cloud-config\nwrite_files:\n  - path: /etc/profile.d/dev.sh\n    content: |\n      export {K}={V}\nruncmd:\n  - systemctl restart ssh',
 "lima_yaml_provision_script": 'images:\n  - location: "https://cloud-images.ubuntu.com/releases/24.04/release/ubuntu-24.04-server-cloudimg-arm64.img"\nprovision:\n  - mode: user\n    script: |\n      echo "export {K}={V}" >> ~/.profile',
 "devpod_up_workspace_env_flag": '$ devpod up github.com/acme/api --ide vscode --workspace-env {K}={V}\n[info] Creating devcontainer...',
 "daytona_workspace_env_yaml": 'name: api\nworkspace:\n  env:\n    {K}: "{V}"\n  ide: vscode',
 "distrobox_assemble_ini_section": '[devbox]\nimage=registry.fedoraproject.org/fedora-toolbox:40\ninit_hooks="echo {K}={V} >> /etc/environment"\npull=true',
 "toolbox_container_bashrc_local": '# ~/.bashrc.d/toolbox.sh (only inside the fedora toolbox)\nif [ -f /run/.containerenv ]; then\n  export {K}=\'{V}\'\nfi',
 "ssh_remote_forward_wiki_note": 'Port forwarding cheatsheet\n- db: ssh -L 5432:localhost:5432 {U}@{H}\n- {K}: {V}\n- grafana: ssh -L 3001:localhost:3000 {U}@{H}',
 "port_forward_preview_url_log": '[ports] forwarded 3000 -> https://fuzzy-waffle-3000.app.github.dev (private)\n[app] boot with {K}={V}\n[app] ready in 812ms',
 "ngrok_agent_yml_env_comment": 'version: "3"\nagent:\n  log: stdout\n# {K}={V}\ntunnels:\n  web:\n    proto: http\n    addr: 3000',
 "cloudflared_quick_tunnel_log": '2026-03-02T09:40:01Z INF Requesting new quick Tunnel on trycloudflare.com...\n2026-03-02T09:40:02Z INF env {K}={V}\n2026-03-02T09:40:03Z INF Registered tunnel connection connIndex=0',
 "code_server_config_yaml_comment": 'bind-addr: 127.0.0.1:8080\nauth: password\n# {K}: {V}\ncert: false',
 "openvscode_server_launch_history": '  88  export {K}={V}\n  89  ./openvscode-server --host 0.0.0.0 --without-connection-token',
 "wslconfig_remote_wsl_env_note": '[wsl2]\nmemory=8GB\n# for the Remote-WSL dev box: {K}={V}\nnetworkingMode=mirrored',
}
VONCE = {"gitpod_env_cli_shell_history"}

def generate(used):
    r = random.Random(9101)
    pw = PwGen(r, used)
    kinds = list(KINDS)
    types = list(TYPES)
    count = {t: 0 for t in types}
    recs = []
    for kind in kinds:
        chosen = []
        for _ in range(4):
            cands = [t for t in types if t not in chosen]
            m = min(count[t] for t in cands)
            t = r.choice([t for t in cands if count[t] == m])
            chosen.append(t); count[t] += 1
        for t in chosen:
            key, g = TYPES[t]
            while True:
                v = pw() if g == "pw" else g(r)
                if v not in used or g == "pw":
                    used.add(v); break
            tpl = KINDS[kind]
            if kind in VONCE:
                tpl = tpl.replace("{V_ONCE}", "*" * 8)
            text = tpl.format(K=key, V="\ue000", H=r.choice(H), U=r.choice(U))
            assert text.count("\ue000") == 1, kind
            s = text.index("\ue000")
            text = text.replace("\ue000", v)
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}],
                         "source": "everyday"})
    return recs
