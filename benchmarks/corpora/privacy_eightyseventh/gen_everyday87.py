import random
from common87 import *

def _aws(r): return rs(r, ALNUM + "+/", 40)
def _bw(r): return b64(r, 64)
TYPES = [
 # (type, ENV, key, label, generator)
 ("desktop_ssh_key_passphrase", "SSH_KEY_PASSPHRASE", "ssh_key_passphrase", "ssh key passphrase", owner_password),
 ("gpg_signing_subkey_passphrase", "GPG_SIGNING_PASSPHRASE", "gpg_signing_passphrase", "gpg signing passphrase", owner_password),
 ("keepassxc_database_master_password", "KEEPASSXC_MASTER_PASSWORD", "keepassxc_master_password", "keepassxc master password", owner_password),
 ("bitwarden_cli_session_key", "BW_SESSION", "bw_session", "bitwarden session", _bw),
 ("dotfiles_github_classic_pat", "GITHUB_TOKEN", "github_token", "github token", lambda r: github_style(r, "ghp_")),
 ("mail_client_imap_account_password", "IMAP_PASSWORD", "imap_password", "imap password", owner_password),
 ("irc_nickserv_identify_password", "NICKSERV_PASSWORD", "nickserv_password", "nickserv password", owner_password),
 ("matrix_synapse_client_access_token", "MATRIX_ACCESS_TOKEN", "matrix_access_token", "matrix access token",
   lambda r: "syt_" + __import__("base64").b64encode(r.choice(USERS).encode()).decode().rstrip("=") + "_" + (lambda b: b + "_" + crc32_b62(b))(rs(r, ALNUM, 20))),
 ("aws_cli_profile_secret_access_key", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key_home", "aws secret key", _aws),
 ("npmrc_user_auth_token", "NPM_TOKEN", "npm_auth_token", "npm token", lambda r: github_style(r, "npm_")),
 ("backup_repository_encryption_passphrase", "BACKUP_REPO_PASSPHRASE", "backup_passphrase", "backup repo passphrase", owner_password),
 ("home_wifi_wpa_psk", "HOME_WIFI_PSK", "home_wifi_psk", "wifi psk", owner_password),
 ("shell_rc_openai_api_key", "OPENAI_API_KEY", "openai_api_key", "openai key",
   lambda r: "sk-proj-" + rs(r, ALNUM + "-_", 74) + "T3BlbkFJ" + rs(r, ALNUM + "-_", 74)),
 ("dotfiles_gitlab_personal_token", "GITLAB_TOKEN", "gitlab_token", "gitlab token", lambda r: "glpat-" + rs(r, ALNUM + "-_", 20)),
 ("pypirc_upload_api_token", "TWINE_PASSWORD", "pypi_token", "pypi token",
   lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 140)),
 ("desktop_user_login_password", "LOGIN_PASSWORD", "login_password", "login password", owner_password),
]

def K(t):
    return t
CONTAINERS = [
 ("bashrc_private_export_block", lambda r,e,k,l: "# ~/.bashrc.d/90-private.sh\n# sourced by ~/.bashrc\nexport EDITOR=nvim\nexport %s=\"%s\"\nexport HISTSIZE=50000\n" % (e, M)),
 ("zshrc_local_untracked_file", lambda r,e,k,l: "# ~/.zshrc.local (in .gitignore, hopefully)\nsetopt HIST_IGNORE_SPACE\nexport %s=%s\nalias ll='eza -la'\n" % (e, M)),
 ("fish_config_set_gx_line", lambda r,e,k,l: "# ~/.config/fish/conf.d/secrets.fish\nset -gx PATH $HOME/.local/bin $PATH\nset -gx %s %s\n" % (e, M)),
 ("bash_history_export_entry", lambda r,e,k,l: "cd ~/dotfiles\ngit status\nexport %s='%s'\n./install.sh --link\n" % (e, M)),
 ("zsh_extended_history_entry", lambda r,e,k,l: ": 17%07d:0;vim ~/.zshrc\n: 17%07d:0;export %s=%s\n: 17%07d:2;exec zsh\n" % (r.randrange(10**7), r.randrange(10**7), e, M, r.randrange(10**7))),
 ("direnv_envrc_project_file", lambda r,e,k,l: "# .envrc\nuse flake\nexport %s=%s\nwatch_file flake.lock\n" % (e, M)),
 ("dot_profile_login_env", lambda r,e,k,l: "# ~/.profile\n[ -d \"$HOME/bin\" ] && PATH=\"$HOME/bin:$PATH\"\n%s='%s'; export %s\n" % (e, M, e)),
 ("environment_d_user_conf", lambda r,e,k,l: "# ~/.config/environment.d/60-dev.conf\nGOPATH=${HOME}/go\n%s=%s\n" % (e, M)),
 ("systemd_user_unit_environment_line", lambda r,e,k,l: "# ~/.config/systemd/user/sync-notes.service\n[Unit]\nDescription=Sync notes\n\n[Service]\nType=oneshot\nEnvironment=\"%s=%s\"\nExecStart=%%h/bin/sync-notes\n" % (e, M)),
 ("systemd_user_override_dropin", lambda r,e,k,l: "# ~/.config/systemd/user/mbsync.service.d/override.conf\n[Service]\nEnvironment=%s=%s\n" % (e, M)),
 ("launchd_agent_plist_environment", lambda r,e,k,l: "<!-- ~/Library/LaunchAgents/net.example.backup.plist -->\n<dict>\n  <key>Label</key><string>net.example.backup</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>%s</key>\n    <string>%s</string>\n  </dict>\n</dict>\n" % (e, M)),
 ("user_crontab_inline_env_line", lambda r,e,k,l: "# crontab -l\nMAILTO=\"\"\n%d 3 * * * %s=%s $HOME/bin/nightly.sh >/dev/null 2>&1\n" % (r.randrange(60), e, M)),
 ("tmux_conf_set_environment", lambda r,e,k,l: "# ~/.tmux.conf\nset -g mouse on\nset-environment -g %s %s\n" % (e, M)),
 ("vscode_user_settings_json", lambda r,e,k,l: "// ~/.config/Code/User/settings.json\n{\n  \"editor.fontSize\": 14,\n  \"myext.%s\": \"%s\",\n  \"files.autoSave\": \"afterDelay\"\n}\n" % (k, M)),
 ("neovim_lua_global_setting", lambda r,e,k,l: "-- ~/.config/nvim/lua/user/secrets.lua\nvim.g.%s = \"%s\"\nvim.opt.number = true\n" % (k, M)),
 ("emacs_init_el_setq_form", lambda r,e,k,l: ";; ~/.emacs.d/init.el\n(setq user-full-name \"%s\")\n(setq my/%s \"%s\")\n" % (r.choice(USERS).title(), k.replace("_", "-"), M)),
 ("sublime_text_preferences_json", lambda r,e,k,l: "// Preferences.sublime-settings\n{\n  \"theme\": \"Adaptive.sublime-theme\",\n  \"%s\": \"%s\"\n}\n" % (k, M)),
 ("jetbrains_workspace_run_env", lambda r,e,k,l: "<!-- .idea/workspace.xml -->\n<configuration name=\"dev\" type=\"ShConfigurationType\">\n  <envs>\n    <env name=\"%s\" value=\"%s\" />\n  </envs>\n</configuration>\n" % (e, M)),
 ("muttrc_my_variable_set", lambda r,e,k,l: "# ~/.mutt/muttrc\nset realname = \"%s\"\nset my_%s = \"%s\"\nsource ~/.mutt/colors\n" % (r.choice(USERS).title(), k, M)),
 ("aerc_accounts_conf_extra_key", lambda r,e,k,l: "# ~/.config/aerc/accounts.conf\n[Personal]\nfrom = %s <%s@mailbox.example.org>\n%s = %s\n" % (r.choice(USERS).title(), r.choice(USERS), k, M)),
 ("neomutt_account_sourced_file", lambda r,e,k,l: "# ~/.config/neomutt/accounts/work\nset from = \"%s@example.com\"\nsetenv %s \"%s\"\n" % (r.choice(USERS), e, M)),
 ("weechat_secure_set_command", lambda r,e,k,l: "/secure passphrase -\n/secure set %s %s\n/save\n" % (k, M)),
 ("irssi_config_settings_block", lambda r,e,k,l: "# ~/.irssi/config\nsettings = {\n  core = { real_name = \"%s\"; };\n  \"perl/core/scripts\" = { %s = \"%s\"; };\n};\n" % (r.choice(USERS), k, M)),
 ("iamb_config_toml_profile", lambda r,e,k,l: "# ~/.config/iamb/config.toml\n[profiles.home]\nuser_id = \"@%s:matrix.example.org\"\n%s = \"%s\"\n" % (r.choice(USERS), k, M)),
 ("keepassxc_csv_export_notes_cell", lambda r,e,k,l: "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\"Root/Dev\",\"%s\",\"%s\",\"\",\"\",\"%s: %s\"\n" % (l, r.choice(USERS), k, M)),
 ("bitwarden_json_export_custom_field", lambda r,e,k,l: "{\"items\": [{\"type\": 2, \"name\": \"%s\", \"fields\": [{\"name\": \"%s\", \"value\": \"%s\", \"type\": 1}]}]}\n" % (l, k, M)),
 ("pass_show_multiline_entry", lambda r,e,k,l: "$ pass show dev/%s\n%s\nlogin: %s\nnote: rotated last spring\n" % (k, M, r.choice(USERS))),
 ("firefox_logins_csv_export_row", lambda r,e,k,l: "\"url\",\"username\",\"password\",\"httpRealm\",\"formActionOrigin\"\n\"https://%s\",\"%s\",\"%s\",,\"https://%s\"\n" % (r.choice(HOSTS), k, M, r.choice(HOSTS))),
 ("chromium_passwords_csv_export_row", lambda r,e,k,l: "name,url,username,password,note\n%s,https://%s/,%s,%s,%s\n" % (r.choice(HOSTS), r.choice(HOSTS), r.choice(USERS), M, l)),
 ("dotfiles_repo_commit_diff_hunk", lambda r,e,k,l: "diff --git a/shell/env.sh b/shell/env.sh\n@@ -4,3 +4,4 @@ export LANG=en_US.UTF-8\n export PAGER=less\n+export %s=%s\n export VISUAL=nvim\n" % (e, M)),
 ("chezmoi_data_toml_section", lambda r,e,k,l: "# ~/.config/chezmoi/chezmoi.toml\n[data]\n    email = \"%s@example.com\"\n    %s = \"%s\"\n" % (r.choice(USERS), k, M)),
 ("home_manager_session_variables_nix", lambda r,e,k,l: "# home.nix\n{\n  home.sessionVariables = {\n    EDITOR = \"nvim\";\n    %s = \"%s\";\n  };\n}\n" % (e, M)),
 ("ansible_dotfiles_host_vars_yaml", lambda r,e,k,l: "# host_vars/laptop.yml\ndotfiles_repo: git@git.example.net:%s/dotfiles.git\n%s: \"%s\"\n" % (r.choice(USERS), k, M)),
 ("dconf_dump_keyfile_section", lambda r,e,k,l: "$ dconf dump /org/example/tools/\n[/]\nenabled=true\n%s='%s'\n" % (k.replace("_", "-"), M)),
 ("xdg_autostart_desktop_exec_env", lambda r,e,k,l: "# ~/.config/autostart/notes-sync.desktop\n[Desktop Entry]\nType=Application\nName=Notes sync\nExec=env %s=%s /usr/bin/notes-sync --tray\n" % (e, M)),
 ("i3_config_exec_env_line", lambda r,e,k,l: "# ~/.config/i3/config\nset $mod Mod4\nexec --no-startup-id env %s=%s ~/bin/bar-widgets\n" % (e, M)),
 ("hammerspoon_init_lua_settings", lambda r,e,k,l: "-- ~/.hammerspoon/init.lua\nhs.loadSpoon(\"ReloadConfiguration\")\nhs.settings.set(\"%s\", \"%s\")\n" % (k, M)),
 ("alacritty_toml_env_table", lambda r,e,k,l: "# ~/.config/alacritty/alacritty.toml\n[env]\nTERM = \"xterm-256color\"\n%s = \"%s\"\n" % (e, M)),
 ("kitty_conf_env_directive", lambda r,e,k,l: "# ~/.config/kitty/kitty.conf\nfont_family JetBrains Mono\nenv %s=%s\n" % (e, M)),
 ("wezterm_lua_environment_table", lambda r,e,k,l: "-- ~/.wezterm.lua\nlocal config = wezterm.config_builder()\nconfig.set_environment_variables = { %s = '%s' }\nreturn config\n" % (e, M)),
 ("obsidian_daily_note_bullet", lambda r,e,k,l: "# 2025-03-%02d\n- [x] reinstall laptop\n- %s: `%s`\n- [ ] move this into the vault\n" % (r.randint(1, 28), l, M)),
 ("dotfiles_readme_setup_step", lambda r,e,k,l: "## Setup on a new machine\n\n1. `./bootstrap.sh`\n2. set `%s` to `%s` (temporary, rotate later)\n3. `chezmoi apply`\n" % (e, M)),
 ("git_stash_show_patch_line", lambda r,e,k,l: "$ git stash show -p stash@{0}\n--- a/.config/zsh/env.zsh\n+++ b/.config/zsh/env.zsh\n@@ -1 +1,2 @@\n typeset -U path\n+%s=%s\n" % (e, M)),
 ("brewfile_bundle_env_comment", lambda r,e,k,l: "# Brewfile\nbrew \"git\"\nbrew \"gnupg\"\n# HOMEBREW_BUNDLE env for the work tap: %s=%s\ntap \"example/tools\"\n" % (e, M)),
 ("starship_toml_custom_command_env", lambda r,e,k,l: "# ~/.config/starship.toml\n[custom.status]\ncommand = \"%s=%s ~/bin/status-line\"\nwhen = true\n" % (e, M)),
 ("zellij_layout_kdl_pane_env", lambda r,e,k,l: "// ~/.config/zellij/layouts/dev.kdl\nlayout {\n    pane command=\"env\" {\n        args \"%s=%s\" \"btop\"\n    }\n}\n" % (e, M)),
]

def generate(seed=8701):
    r = random.Random(seed)
    conts = CONTAINERS[:45]
    out = []
    use = {t[0]: 0 for t in TYPES}
    for ci, (cname, fn) in enumerate(conts):
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in TYPES if t not in chosen], key=lambda t: (use[t[0]], r.random()))
            chosen.append(cands[0]); use[cands[0][0]] += 1
        for t in chosen:
            typ, env, key, label, g = t
            v = g(r)
            text, s, e = place(fn(r, env, key, label), v)
            out.append(dict(type=typ, container=cname, text=text, secrets=[dict(value=v, start=s, end=e, type=typ)], source="everyday"))
    return out
