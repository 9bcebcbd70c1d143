-- Issue 23: the people holding a place in a training are emailed when its time or place
-- changes and when it is cancelled (lib/trainings/sessions.ts).
ALTER TYPE "EmailKind" ADD VALUE 'training_changed';
ALTER TYPE "EmailKind" ADD VALUE 'training_cancelled';
