# Huella in a small image: built in one stage, run from debian:bookworm-slim
# as a user without privileges. The database lives in the volume /data.
#   docker build -t huella .
#   docker run -p 8080:8080 -v huella-data:/data huella

FROM rust:1-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked \
 && strip target/release/huella

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 --home-dir /data --shell /usr/sbin/nologin huella \
 && mkdir /data && chown huella:huella /data && chmod 0700 /data
COPY --from=build /src/target/release/huella /usr/local/bin/huella
USER huella
WORKDIR /data
ENV HUELLA_ADDR=0.0.0.0:8080 \
    HUELLA_DATABASE_URL=sqlite:///data/huella.db
VOLUME /data
EXPOSE 8080
# The binary asks its own /health: the image needs no curl.
HEALTHCHECK --interval=30s --timeout=10s --start-period=20s --retries=3 \
  CMD ["huella", "healthcheck"]
# SIGTERM lets requests in flight finish (up to 30 s) before it exits.
STOPSIGNAL SIGTERM
CMD ["huella"]
