"""Everyday secrets in game-studio / streaming / creator containers (seed 5601)."""
import random
from common import *

def _types():
    return {
     'aws_secret_access_key': ('AWS_SECRET_ACCESS_KEY', lambda r: tok(r, ALNUM + '/+', 40), '{V0}'),
     'github_personal_access_token': ('GITHUB_TOKEN', lambda r: 'ghp_' + tok(r, ALNUM, 36), '{V0}'),
     'gitlab_personal_access_token': ('GITLAB_TOKEN', lambda r: 'glpat-' + tok(r, ALNUM + '-_', 20), '{V0}'),
     'slack_bot_token': ('SLACK_BOT_TOKEN', lambda r: 'xoxb-%s-%s-%s' % (tok(r, DIG, 12), tok(r, DIG, 13), tok(r, ALNUM, 24)), '{V0}'),
     'stripe_live_secret_key': ('STRIPE_SECRET_KEY', lambda r: 'sk_live_51' + tok(r, ALNUM, 97), '{V0}'),
     'openai_project_api_key': ('OPENAI_API_KEY', lambda r: 'sk-proj-' + tok(r, ALNUM + '-_', 74) + 'T3BlbkFJ' + tok(r, ALNUM + '-_', 74), '{V0}'),
     'anthropic_api_key': ('ANTHROPIC_API_KEY', lambda r: 'sk-ant-api03-' + tok(r, ALNUM + '-_', 93) + 'AA', '{V0}'),
     'sendgrid_api_key': ('SENDGRID_API_KEY', lambda r: 'SG.' + tok(r, B64U, 22) + '.' + tok(r, B64U, 43), '{V0}'),
     'twilio_auth_token': ('TWILIO_AUTH_TOKEN', lambda r: tok(r, HEXL, 32), '{V0}'),
     'telegram_bot_token': ('TELEGRAM_BOT_TOKEN', lambda r: '%d:AA%s' % (r.randrange(5000000000, 7999999999), tok(r, B64U, 33)), '{V0}'),
     'datadog_api_key': ('DD_API_KEY', lambda r: tok(r, HEXL, 32), '{V0}'),
     'jwt_signing_secret': ('JWT_SECRET', lambda r: tok(r, ALNUM, 48), '{V0}'),
     'database_password': ('DB_PASSWORD', password, '{V0}'),
     'smtp_password': ('SMTP_PASSWORD', password, '{V0}'),
     'postgres_url_password': ('DATABASE_URL', password, 'postgres://telemetry:{V0}@pg.studio.example:5432/matchstats'),
     'redis_url_password': ('REDIS_URL', password, 'redis://:{V0}@cache.lobby.example:6379/2'),
    }

# 45 container kinds; {VAR} env-style name, {VAL} value display, {U} a user, {N} a number
KINDS = [
 ('unreal_horde_agent_startup_log', '[{N}.221][  0]LogHorde: Agent env snapshot -> {VAR}="{VAL}" (agent bf-w{N2} registering)'),
 ('perforce_trigger_table_comment', 'Triggers:\n\t# asset-validate change-submit //depot/Content/... "python3 validate.py %change%"\n\t# svc creds ({U}): {VAR}={VAL} ;-) remove before 2.3'),
 ('incredibuild_coordinator_ini_section', '[Coordinator]\nHost=ib-coord.farm.example\nAgents={N}\n; pipeline notifier\n{VAR}={VAL}\n'),
 ('jenkins_shader_bake_console_tail', '+ export {VAR}={VAL}\n+ ./bake_shaders.sh --platform ps5 --shard {N}\n[bake] 4211 permutations queued ⏳'),
 ('teamcity_build_parameter_xml', '<build-type id="NightlyCook">\n  <parameters>\n    <param name="env.{VAR}" value="{VAL}" />\n    <param name="cook.shards" value="{N}" />\n  </parameters>\n</build-type>'),
 ('asset_pipeline_houdini_hda_notes', 'HDA: terrain_scatter v{N}.2\nNotes ({U}): the uploader node reads {VAR} → ⟨{VAL}⟩ … yes it is hardcoded, sorry!!'),
 ('blender_addon_prefs_py', 'class StudioPrefs(bpy.types.AddonPreferences):\n    bl_idname = "studio_sync"\n    token: bpy.props.StringProperty(name="{VAR}", default="{VAL}")\n'),
 ('maya_usersetup_mel_snippet', '// userSetup.mel – render farm hook\nputenv "{VAR}" "{VAL}";\npython("import farmhook; farmhook.init({N})");'),
 ('substance_batch_cfg_json', '{\n  "batch": "materials_{N}",\n  "upload": {"env": "{VAR}", "secret": "{VAL}"},\n  "resolution": 4096\n}'),
 ('steam_depot_build_vdf_comment', '"DepotBuild"\n{\n\t"DepotID" "{N}001"\n\t// uploader bot: {VAR} {VAL}\n\t"FileMapping" { "LocalPath" "*" "DepotPath" "." }\n}'),
 ('anticheat_integration_checklist_md', '## Anti-cheat integration checklist\n- [x] kernel driver signed\n- [ ] rotate **{VAR}** → `{VAL}` 🚨 (still the launch-week one)\n- [ ] heartbeat every {N}s'),
 ('platform_sdk_cert_submission_notes', 'Cert submission #{N} – TRC notes\n* crash reporter env {VAR}: "{VAL}" (!!)\n* save-data size under budget ✔'),
 ('console_devkit_setup_wiki_row', '| devkit | owner | env | value |\n|---|---|---|---|\n| DK-{N} | {U} | {VAR} | {VAL} |'),
 ('crash_reporter_minidump_upload_log', '2024-03-{D} 04:{D}:11 uploader: POST /minidump ok ({N} KiB)\n2024-03-{D} 04:{D}:12 uploader: using {VAR}={VAL}'),
 ('playtest_build_release_notes_txt', 'Playtest build 0.{N}.3 — notes for QA\n• new lobby flow\n• (internal) {VAR} = {VAL} 😅 will rotate after the weekend'),
 ('obs_scene_collection_json', '{\n  "name": "Stream {N}",\n  "sources": [{"id": "browser_source", "settings": {"url": "https://alerts.example/w?{VAR}={VAL}"}}]\n}'),
 ('obs_profile_basic_ini', '[General]\nName=Main_{N}\n[Output]\nMode=Advanced\n; notifier for the overlay\n{VAR}={VAL}\n'),
 ('stream_deck_multi_action_export', '{"Actions":[{"Name":"Go Live","Settings":{"url":"https://hooks.stream.example/live","header":"{VAR}: {VAL}"}}],"Version":"{N}.0"}'),
 ('streamerbot_csharp_inline_action', 'public bool Execute() {\n    // 🎬 scene-switch action #{N}\n    string key = "{VAL}"; // {VAR}\n    return true;\n}'),
 ('twitch_bot_dotenv_screenshot_ocr', 'OCR (screenshot_{N}.png):\nTWITCH_CHANNEL=#{U}\n{VAR}={VAL}\nPREFIX=!'),
 ('discord_bot_pm2_ecosystem_js', 'module.exports = { apps: [{ name: "modbot-{N}", script: "index.js",\n  env: { {VAR}: "{VAL}" } }] };'),
 ('discord_dev_channel_message_paste', '[{D}:{D}] {U}: ok pushing the hotfix now, {VAR} is `{VAL}` 👀 dont leak it lol'),
 ('twitch_extension_ebs_config_toml', '[ebs]\nport = {N}\n[ebs.secrets]\n{VAR} = "{VAL}"\n'),
 ('chatbot_command_yaml_file', 'commands:\n  - name: "!uptime"\n    cooldown: {N}\n  - name: "!song"\nsecrets:\n  {VAR}: "{VAL}"   # 🎵'),
 ('stream_alert_overlay_html_source', '<script>\n  const {VAR} = "{VAL}"; // alert box v{N}\n  connect(ws, {VAR});\n</script>'),
 ('sponsorship_email_signature_block', 'Hi {U},\nThanks for the deck! Integration details for the campaign:\n{VAR}: {VAL}\n\nBest,\nBrand Partnerships 🤝 | Q{D}'),
 ('creator_media_kit_pdf_text', 'MEDIA KIT {N}\nAvg viewers 4.2k · CCV peak 11k\nTech contact – {VAR} ({VAL}) – for the affiliate dashboard'),
 ('merch_store_shopify_theme_liquid', '{% comment %} {VAR}: {VAL} — remove after launch {N} {% endcomment %}\n<div class="merch-grid"></div>'),
 ('patreon_tier_automation_script_sh', '#!/bin/sh\n# tier sync for {U}\n{VAR}=\'{VAL}\'\ncurl -s -X POST https://sync.example/tiers/{N}'),
 ('video_editor_render_queue_xml', '<RenderQueue jobs="{N}">\n  <Upload service="cdn">\n    <Secret env="{VAR}">{VAL}</Secret>\n  </Upload>\n</RenderQueue>'),
 ('thumbnail_generator_colab_cell', '# @title thumbnail batch {N}\nimport os\nos.environ["{VAR}"] = "{VAL}"  # ⚠️ my key'),
 ('podcast_rss_host_settings_txt', 'Show: Respawn Radio ep {N}\nHost dashboard → integrations\n{VAR} ... {VAL}\nExplicit: no'),
 ('esports_tournament_ops_runbook', 'Match day runbook (bracket {N})\n3. Before doors: export {VAR}="{VAL}" on the observer PC\n4. Check casters audio'),
 ('game_server_docker_swarm_stack', 'services:\n  match:\n    image: registry.studio.example/match:{N}\n    environment:\n      - {VAR}={VAL}\n'),
 ('matchmaking_service_helm_values', 'matchmaker:\n  replicas: {N}\n  extraEnv:\n    - name: {VAR}\n      value: "{VAL}"\n'),
 ('telemetry_ingest_fluentbit_conf', '[OUTPUT]\n    Name  http\n    Match game.*\n    Header {VAR} {VAL}\n    Port  {N}'),
 ('live_ops_feature_flag_csv_row', 'flag,owner,env,value\nseason_{N}_banner,{U},{VAR},{VAL}'),
 ('localization_vendor_handoff_email', 'Subject: LOC batch {N} handoff\n\nHi team — strings are in the portal. The upload step needs {VAR}: «{VAL}». Merci !'),
 ('qa_bug_ticket_repro_steps', 'BUG-{N}: leaderboard 500s\nRepro:\n1. set {VAR}={VAL}\n2. open leaderboard 🏆\nExpected: top 100'),
 ('godot_project_godot_autoload', '[autoload]\nNet="*res://net/net.gd"\n[application]\nconfig/name="Skyward {N}"\n; {VAR}="{VAL}"'),
 ('unity_scriptable_object_asset_yaml', '--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: BackendSettings{N}\n  {VAR}: {VAL}\n'),
 ('unreal_defaultgame_ini_section', '[/Script/Backend.BackendSettings]\nEnvironment=Live\nBuildId={N}\n{VAR}={VAL}\n'),
 ('modding_community_forum_reply', 'Re: server wont start (page {N})\n> what did you put in the env?\nliterally just this → {VAR}={VAL} !!! 🙃'),
 ('vtuber_rig_software_config_json', '{"rig":"model_v{N}","tracking":"webcam","plugins":{"chat":{"{VAR}":"{VAL}"}}}'),
 ('clip_uploader_powershell_profile', '$env:{VAR} = "{VAL}"\nSet-Location D:\\clips\\{N}\n# auto-upload 📼'),
]

def build():
    rng = random.Random(5601)
    types = _types()
    names = sorted(types)
    use = {t: 0 for t in names}
    pair = {}
    out = []
    for kind, tmpl in KINDS:
        chosen = []
        for _ in range(4):
            cand = sorted((use[t], pair.get((kind, t), 0), rng.random(), t) for t in names if t not in chosen)
            t = cand[0][3]; chosen.append(t); use[t] += 1
        for t in chosen:
            var, gen, disp = types[t]
            v = gen(rng)
            fill = {'VAR': var, 'VAL': disp, 'U': rng.choice(['mika', 'jo_dev', 'rafa', 'kenji', 'ana.b', 'lenny']),
                    'N': str(rng.randrange(10, 999)), 'N2': str(rng.randrange(10, 99)), 'D': str(rng.randrange(10, 28))}
            text, spans = render(tmpl, [(v, t)], fill)
            out.append(dict(type=t, container=kind, text=text, secrets=spans, source='everyday'))
    return out
