# Frontend image: nginx serving frontend/dist and proxying /api to the backend.
# Build the SPA first: make frontend (npm --prefix frontend ci && npm --prefix frontend run build).
FROM nginx:1.27-alpine
# The nginx image renders /etc/nginx/templates/*.template with the environment (KEYCLOAK_PUBLIC_URL).
RUN rm -f /etc/nginx/conf.d/default.conf
COPY deploy/nginx.conf /etc/nginx/templates/default.conf.template
COPY frontend/dist/ /usr/share/nginx/html/
EXPOSE 8080
