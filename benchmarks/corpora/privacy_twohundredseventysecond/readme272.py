def render(data, ctx, muts, deny, status):
    return "stub\n"
