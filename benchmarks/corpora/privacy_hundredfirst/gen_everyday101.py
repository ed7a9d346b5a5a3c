import random
from common101 import *

# type -> (generator, ENV_NAME, dotted.name)
TYPES = {
    "gsrv_rcon_console_password": (lambda r: owner_password(r), "RCON_PASSWORD", "rcon.password"),
    "gsrv_ptero_client_key_ptlc": (lambda r: "ptlc_" + rs(r, ALNUM, 43), "PTERO_CLIENT_KEY", "pterodactyl.client-key"),
    "gsrv_ptero_app_key_ptla": (lambda r: "ptla_" + rs(r, ALNUM, 43), "PTERO_APP_KEY", "pterodactyl.application-key"),
    "gsrv_guild_relay_bot_token": (discord_bot_token, "DISCORD_BOT_TOKEN", "discord.bot-token"),
    "gsrv_modrinth_pat_mrp": (lambda r: "mrp_" + rs(r, ALNUM, 36), "MODRINTH_TOKEN", "modrinth.token"),
    "gsrv_curseforge_core_key": (lambda r: "$2a$10$" + rs(r, BCRYPT, 53), "CF_API_KEY", "curseforge.api-key"),
    "gsrv_nexus_personal_key": (lambda r: rs(r, B64, 64) + "--" + rs(r, B64, 22) + "--" + rs(r, B64, 22) + "==", "NEXUS_API_KEY", "nexus.api-key"),
    "gsrv_steamworks_publisher_key": (lambda r: hexs(r, 32, True), "STEAM_PUBLISHER_KEY", "steam.publisher-key"),
    "gsrv_valheim_world_join_password": (lambda r: owner_password(r), "SERVER_PASS", "valheim.server-pass"),
    "gsrv_palworld_admin_password": (lambda r: owner_password(r), "ADMIN_PASSWORD", "palworld.admin-password"),
    "gsrv_ark_cluster_admin_password": (lambda r: owner_password(r), "ARK_ADMIN_PASSWORD", "ark.admin-password"),
    "gsrv_luckperms_mariadb_password": (lambda r: owner_password(r), "LP_DB_PASSWORD", "luckperms.data.password"),
    "gsrv_velocity_forwarding_secret": (lambda r: rs(r, ALNUM, 12), "VELOCITY_SECRET", "velocity.forwarding-secret"),
    "gsrv_tebex_webstore_secret": (lambda r: hexs(r, 40), "TEBEX_SECRET", "tebex.secret"),
    "gsrv_playit_agent_secret": (lambda r: hexs(r, 64), "PLAYIT_SECRET", "playit.secret-key"),
    "gsrv_sftp_panel_login_password": (lambda r: owner_password(r), "SFTP_PASSWORD", "sftp.password"),
}

C = {
    "paper_server_properties_tail": "#Minecraft server properties\nmotd=\\u00a76Emberlands SMP\nenable-rcon=true\nrcon.port=25575\n{D}={V}\nwhite-list=true\n",
    "spigot_plugin_config_yml": "# plugins/EmberSync/config.yml\nsync:\n  interval-seconds: 30\n  {D}: \"{V}\"\n  debug: false\n",
    "bukkit_plugin_main_java_constant": "public final class EmberSync extends JavaPlugin {\n    private static final String {E} = \"{V}\"; // TODO move to config\n    @Override public void onEnable() { getLogger().info(\"EmberSync up\"); }\n}\n",
    "velocity_toml_custom_section": "[servers]\nlobby = \"127.0.0.1:30066\"\nsurvival = \"127.0.0.1:30067\"\n\n[ember]\n{D} = \"{V}\"\n",
    "luckperms_storage_yml_block": "storage-method: MariaDB\ndata:\n  address: db.internal:3306\n  database: luckperms\n  username: lp_rw\n  {D}: '{V}'\n",
    "pterodactyl_egg_variables_json": "{\"name\": \"Paper\", \"variables\": [{\"name\": \"{E}\", \"env_variable\": \"{E}\", \"default_value\": \"{V}\", \"user_viewable\": true}]}\n",
    "pterodactyl_wings_config_extra": "debug: false\nuuid: 3f1c2d9e-node\napi:\n  host: 0.0.0.0\n  port: 8080\nextra_env:\n  {E}: {V}\n",
    "itzg_minecraft_compose_env": "services:\n  mc:\n    image: itzg/minecraft-server\n    environment:\n      EULA: \"TRUE\"\n      TYPE: PAPER\n      {E}: \"{V}\"\n    ports: [\"25565:25565\"]\n",
    "valheim_start_server_bat": "@echo off\nset SteamAppId=892970\nset {E}={V}\nvalheim_server -nographics -batchmode -name \"Viking Hall\" -port 2456 -world Midgard -public 0\n",
    "valheim_plus_cfg_section": "[Server]\nenabled = true\nenforceMod = true\n[EmberHooks]\n{D} = {V}\n",
    "ark_gameusersettings_ini_block": "[ServerSettings]\nDifficultyOffset=1.0\nRCONEnabled=True\n[EmberCluster]\n{E}={V}\n",
    "rust_server_cfg_custom_line": "server.hostname \"Scrapyard 2x | Solo/Duo\"\nserver.maxplayers 100\nember.{D} \"{V}\"\n",
    "rust_oxide_plugin_json": "{\n  \"Settings\": {\n    \"Broadcast\": true,\n    \"{E}\": \"{V}\"\n  }\n}\n",
    "palworld_settings_ini_line": "[/Script/Pal.PalGameWorldSettings]\nOptionSettings=(Difficulty=None,ServerName=\"Palisade\",{E}=\"{V}\",RCONEnabled=True)\n",
    "palworld_docker_env_file": "# palworld.env\nPLAYERS=16\nMULTITHREADING=true\n{E}={V}\nCOMMUNITY=false\n",
    "lgsm_instance_cfg_line": "## lgsm/config-lgsm/vhserver/vhserver.cfg\nservername=\"Viking Hall\"\n{E}=\"{V}\"\nport=\"2456\"\n",
    "steamcmd_update_wrapper_sh": "#!/usr/bin/env bash\nexport {E}='{V}'\n/home/steam/steamcmd.sh +force_install_dir /srv/ark +app_update 376030 validate +quit\n",
    "discordsrv_config_yml_line": "# DiscordSRV config.yml\nBotToken: \"\"\n{E}: \"{V}\"\nChannels: {\"global\": \"000000000000000000\"}\n",
    "discord_py_relay_bot_main": "import discord, os\n\nclient = discord.Client(intents=discord.Intents.default())\n{E} = \"{V}\"  # paste from dev portal\n",
    "discord_js_bot_config_json": "{\n  \"prefix\": \"!\",\n  \"statusChannel\": \"server-status\",\n  \"{E}\": \"{V}\"\n}\n",
    "modpack_gradle_properties": "org.gradle.jvmargs=-Xmx3G\nminecraft_version=1.20.1\nmod_version=2.4.0\n{D}={V}\n",
    "mod_release_workflow_env": "name: release\non: { push: { tags: ['v*'] } }\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      {E}: {V}\n    steps:\n      - run: ./gradlew publishMods\n",
    "fabric_build_gradle_kts_block": "tasks.register(\"uploadAll\") {\n    val {E} = \"{V}\"\n    doLast { println(\"uploading\") }\n}\n",
    "curseforgegradle_task_groovy": "task publishCurseForge(type: net.darkhax.curseforgegradle.TaskPublishCurseForge) {\n    apiToken = '{V}'\n    def mainFile = upload(123456, jar)\n}\n",
    "minotaur_modrinth_block": "modrinth {\n    token = \"{V}\"\n    projectId = \"ember-sync\"\n    versionType = \"release\"\n}\n",
    "vortex_extension_index_js": "// Vortex extension for Emberlands mods\nconst {E} = '{V}';\nfunction main(context) { context.registerGame({ id: 'emberlands' }); return true; }\n",
    "admin_discord_dm_paste": "[21:14] valk_admin: here's the thing for the panel, don't post it in #general\n[21:14] valk_admin: {V}\n[21:15] mod_kira: got it ty\n",
    "reddit_admin_help_post": "r/admincraft - Plugin won't connect, what am I doing wrong?\n\nMy config has {D}: {V} and the console just says connection refused. Paper 1.20.4.\n",
    "spigotmc_forum_thread_paste": "Re: [Help] EmberSync not syncing\n\nHere is my full config:\n[code]\n{D}: {V}\nsync-interval: 30\n[/code]\n",
    "rcon_admin_bash_history": "  501  cd /srv/mc\n  502  export {E}={V}\n  503  ./restart.sh\n",
    "crafty_controller_server_json": "{\"server_name\": \"Emberlands\", \"server_port\": 25565, \"crash_detection\": true, \"env\": {\"{E}\": \"{V}\"}}\n",
    "amp_instance_conf_kv": "Meta.GenericModule.Name=Ember\nMinecraftModule.Server.Port=25565\nEmber.{D}={V}\n",
    "multicraft_conf_ini": "[multicraft]\nuser = minecraft\nip = 0.0.0.0\n[ember]\n{D} = {V}\n",
    "tmux_server_launch_script": "#!/bin/sh\ntmux new-session -d -s mc \"{E}={V} java -Xmx8G -jar paper.jar nogui\"\n",
    "systemd_game_unit_environment": "[Service]\nUser=steam\nEnvironment=\"{E}={V}\"\nExecStart=/srv/rust/RustDedicated -batchmode\nRestart=always\n",
    "ansible_game_host_vars_yml": "---\ngame_server_port: 2457\n{E_lower}: \"{V}\"\nbackup_hour: 4\n",
    "terraform_game_vps_tfvars": "region      = \"fsn1\"\nserver_type = \"cpx31\"\n{E_lower} = \"{V}\"\n",
    "k8s_game_configmap_data": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: mc-settings\ndata:\n  {E}: \"{V}\"\n",
    "node_rcon_bridge_dotenv": "RCON_HOST=127.0.0.1\nRCON_PORT=25575\n{E}={V}\nLOG_LEVEL=info\n",
    "python_rcon_relay_script": "#!/usr/bin/env python3\nimport os, socket\nHOST = '127.0.0.1'\n{E} = '{V}'\n\ndef main():\n    pass\n",
    "skript_options_block": "options:\n    prefix: &6[Ember]\n    {D}: {V}\n\ncommand /sync:\n    trigger:\n        send \"syncing\"\n",
    "wrangler_toml_vars_block": "name = \"guild-interactions\"\nmain = \"src/index.js\"\n[vars]\n{E} = \"{V}\"\n",
    "mc_crash_report_env_dump": "---- Minecraft Crash Report ----\n// Shall we play a game?\nDescription: Exception in server tick loop\n-- System Details --\n\tEnvironment: {E}={V}, JAVA_HOME=/opt/jdk17\n",
    "server_latest_log_line": "[12:01:44] [Server thread/INFO]: [EmberSync] Loaded settings {{D}={V}, interval=30}\n[12:01:44] [Server thread/INFO]: Done (4.2s)!\n",
    "host_support_ticket_body": "Ticket #88213 - Server won't start after update\n\nHi, I set {E} to {V} in the startup tab but the server still crashes. Can you look? Thanks\n",
}

CONTAINERS = list(C)


def generate(seed=10101):
    r = random.Random(seed)
    types = list(TYPES)
    use = {t: 0 for t in types}
    out = []
    for ck in CONTAINERS:
        chosen = []
        for _ in range(4):
            cands = sorted((t for t in types if t not in chosen), key=lambda t: (use[t], r.random()))
            chosen.append(cands[0])
            use[cands[0]] += 1
        for t in chosen:
            gen, e, d = TYPES[t]
            v = gen(r)
            text, s, en = fill(C[ck], v, E=e, D=d, E_lower=e.lower())
            out.append((t, ck, text, s, en))
    return out
