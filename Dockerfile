# Lumo.Sandbox server image. Build: docker build -t lumo-sandbox .   Run: docker run -p 8080:8080 lumo-sandbox
# .ci/run executes this file's `dotnet restore` and `dotnet publish` lines as they are (TARGETARCH set as Docker
# sets it for this machine, and its own output folder) and starts the result the way ENTRYPOINT does, since CI has
# no Docker engine.

# The SDK runs on the build machine's platform and compiles for the target's (TARGETARCH: amd64, arm64), so an
# arm64 image is built natively fast on any host and is ReadyToRun for arm64.
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
ARG TARGETARCH
WORKDIR /src
# Restore in a layer of its own, from the project file and the build settings alone: a code change reuses it
# instead of downloading every package again. `-a amd64` / `-a arm64` is the CLI's own name for linux-x64 / linux-arm64.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY sandbox/Lumo.Sandbox/Lumo.Sandbox.csproj sandbox/Lumo.Sandbox/
RUN dotnet restore sandbox/Lumo.Sandbox/Lumo.Sandbox.csproj -a $TARGETARCH -p:PublishReadyToRun=true
COPY . .
# ReadyToRun: precompiled code starts the server faster (docs/performance.md has the current start-up figures).
# Not trimmed: the aspnet base image carries the framework.
RUN dotnet publish sandbox/Lumo.Sandbox/Lumo.Sandbox.csproj -c Release -a $TARGETARCH --no-restore --self-contained false -p:PublishReadyToRun=true -p:UseAppHost=false -o /app/publish

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
ARG VERSION=1.0.0
LABEL org.opencontainers.image.title="Lumo.Sandbox" \
      org.opencontainers.image.description="A stateful sandbox of the Lumo B2B Platform API (SBP/NSPK QR payments in USDT): contract-first, scenario files, a virtual clock, a control API, webhooks, an API reference page and a console." \
      org.opencontainers.image.source="https://github.com/lumowallet/Lumo.Sandbox" \
      org.opencontainers.image.version="$VERSION" \
      org.opencontainers.image.licenses="MIT"
WORKDIR /app
COPY --from=build /app/publish .
# Ready-made scenarios; mount your own over /scenarios (-v "$PWD/scenarios:/scenarios:ro").
COPY scenarios /scenarios
ENV LUMO_SANDBOX_PORT=8080 \
    DOTNET_gcServer=0 \
    DOTNET_TieredPGO=1
EXPOSE 8080
# The aspnet image has no curl: the server checks itself.
HEALTHCHECK --interval=10s --timeout=3s --start-period=5s --retries=3 CMD ["dotnet", "Lumo.Sandbox.dll", "healthcheck"]
USER $APP_UID
ENTRYPOINT ["dotnet", "Lumo.Sandbox.dll"]
