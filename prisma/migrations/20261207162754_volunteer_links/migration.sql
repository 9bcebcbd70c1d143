-- CreateTable
CREATE TABLE "volunteer_links" (
    "token_hash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "volunteer_links_pkey" PRIMARY KEY ("token_hash")
);

-- CreateTable
CREATE TABLE "volunteer_sessions" (
    "id_hash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "volunteer_sessions_pkey" PRIMARY KEY ("id_hash")
);

-- CreateIndex
CREATE INDEX "volunteer_links_expires_at_idx" ON "volunteer_links"("expires_at");

-- CreateIndex
CREATE INDEX "volunteer_sessions_expires_at_idx" ON "volunteer_sessions"("expires_at");
